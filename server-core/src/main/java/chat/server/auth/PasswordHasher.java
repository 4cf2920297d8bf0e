package chat.server.auth;

import chat.protocol.Limits;
import chat.server.error.ChatException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
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
 */
public final class PasswordHasher {

  private static final long IDLE_THREAD_SECONDS = 30;

  private final int cost;
  private final ThreadPoolExecutor hashing;
  private final String dummyHash;

  public PasswordHasher(int cost) {
    this.cost = cost;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    this.hashing =
        new ThreadPoolExecutor(
            threads,
            threads,
            IDLE_THREAD_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            Thread.ofPlatform().daemon().name("bcrypt-", 0).factory());
    hashing.allowCoreThreadTimeOut(true);
    this.dummyHash = BCrypt.hashpw("dummy password for timing", BCrypt.gensalt(cost));
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
    int chars = password.codePointCount(0, password.length());
    if (chars < Limits.PASSWORD_MIN_CHARS || chars > Limits.PASSWORD_MAX_CHARS) {
      throw ChatException.invalidInput(
          "password",
          "password must be "
              + Limits.PASSWORD_MIN_CHARS
              + "–"
              + Limits.PASSWORD_MAX_CHARS
              + " characters");
    }
    if (utf8Length(password) > Limits.PASSWORD_MAX_UTF8_BYTES) {
      throw ChatException.invalidInput(
          "password",
          "password must be at most " + Limits.PASSWORD_MAX_UTF8_BYTES + " bytes in UTF-8");
    }
  }

  private <T> T onHashingThread(Supplier<T> work) {
    try {
      return CompletableFuture.supplyAsync(work, hashing).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }

  private static int utf8Length(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length;
  }
}
