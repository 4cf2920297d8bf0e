package chat.server.auth;

import chat.protocol.Limits;
import chat.server.error.ChatException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt password hashing. bcrypt reads only the first 72 bytes of a password, so longer ones are
 * rejected at registration rather than silently truncated. A dummy hash of the same cost lets a
 * login for an unknown user take as long as one for a known user.
 *
 * <p>Every hash runs on a few platform threads of its own (one fewer than the processors, at least
 * one), and the caller waits for it. A hash is a quarter of a second of CPU at cost 12; run on the
 * caller's virtual thread it would hold one of the few carriers that every socket request shares,
 * so a burst of logins would stall message delivery. Here a burst queues its own logins and leaves
 * a processor to everything else (the load benchmark's login scenario).
 *
 * <p>The queue is bounded: a flood of logins (or registrations) beyond it is refused at once with
 * {@code RATE_LIMITED} and the time the queue needs to drain, instead of making every later login,
 * the correct ones included, wait behind it for as long as the flood lasts.
 */
public final class PasswordHasher {

  private static final long IDLE_THREAD_SECONDS = 30;

  private final int cost;
  private final int threads;
  private final ThreadPoolExecutor hashing;
  private final String dummyHash;

  /** How long one hash took when the dummy was made: the unit of {@code retryAfterMs}. */
  private final long hashMillis;

  /** One thread fewer than the processors (at least one), as described above. */
  public PasswordHasher(int cost, int queueCapacity) {
    this(cost, Math.max(1, Runtime.getRuntime().availableProcessors() - 1), queueCapacity);
  }

  /**
   * @param queueCapacity how many hashes may wait for a thread; more are refused
   */
  PasswordHasher(int cost, int threads, int queueCapacity) {
    this.cost = cost;
    this.threads = threads;
    this.hashing =
        new ThreadPoolExecutor(
            threads,
            threads,
            IDLE_THREAD_SECONDS,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queueCapacity),
            Thread.ofPlatform().daemon().name("bcrypt-", 0).factory());
    hashing.allowCoreThreadTimeOut(true);
    long start = System.nanoTime();
    this.dummyHash = BCrypt.hashpw("dummy password for timing", BCrypt.gensalt(cost));
    this.hashMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  /** Checks the password rules of the protocol, then hashes. */
  public String hash(String password) {
    requireAcceptable(password);
    return onHashingThread(() -> BCrypt.hashpw(password, BCrypt.gensalt(cost)));
  }

  /** Whether {@code password} matches {@code hash}; false for a password bcrypt would truncate. */
  public boolean matches(String password, String hash) {
    if (utf8Length(password) > Limits.PASSWORD_MAX_UTF8_BYTES) {
      onHashingThread(() -> BCrypt.checkpw("", dummyHash));
      return false;
    }
    return onHashingThread(() -> BCrypt.checkpw(password, hash));
  }

  /** Spends the time of one check, for a login whose user does not exist. */
  public void matchNothing(String password) {
    onHashingThread(() -> BCrypt.checkpw(password.isEmpty() ? "x" : password, dummyHash));
  }

  public static void requireAcceptable(String password) {
    requireAcceptable(password, "password");
  }

  /** The rules of register, for a password that arrives in {@code field}. */
  public static void requireAcceptable(String password, String field) {
    int chars = password.codePointCount(0, password.length());
    if (chars < Limits.PASSWORD_MIN_CHARS || chars > Limits.PASSWORD_MAX_CHARS) {
      throw ChatException.invalidInput(
          field,
          field
              + " must be "
              + Limits.PASSWORD_MIN_CHARS
              + "–"
              + Limits.PASSWORD_MAX_CHARS
              + " characters");
    }
    if (utf8Length(password) > Limits.PASSWORD_MAX_UTF8_BYTES) {
      throw ChatException.invalidInput(
          field, field + " must be at most " + Limits.PASSWORD_MAX_UTF8_BYTES + " bytes in UTF-8");
    }
  }

  /**
   * @throws ChatException {@code RATE_LIMITED} when the queue is full
   */
  private <T> T onHashingThread(Supplier<T> work) {
    CompletableFuture<T> result;
    try {
      result = CompletableFuture.supplyAsync(work, hashing);
    } catch (RejectedExecutionException queueFull) {
      throw ChatException.rateLimited(drainMillis());
    }
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }

  /** About how long the hashes waiting now take to run: the wait before a retry can get in. */
  private long drainMillis() {
    long waiting = hashing.getQueue().size() + (long) threads;
    return Math.max(1, (waiting + threads - 1) / threads * hashMillis);
  }

  private static int utf8Length(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length;
  }
}
