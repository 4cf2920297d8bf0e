package chat.server.auth;

import chat.protocol.http.AuditEntry;
import chat.protocol.http.AuditPage;
import chat.protocol.model.AuditAction;
import chat.server.error.ChatException;
import chat.server.store.AuditStore;
import chat.server.store.UserStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log: every admin and moderator action and every burst of refused sign-ins, recorded
 * with who, when, what and from which address, and read by admins a page at a time. Entries older
 * than the retention ({@code AUDIT_RETENTION_DAYS}) are removed by the writes themselves, at most
 * once an hour per node, so an idle server keeps its last entries until something new happens.
 */
public final class AuditLog {

  /** The most entries one page answers. */
  public static final int MAX_PAGE = 100;

  /** The entries a page answers when the request names no limit. */
  public static final int DEFAULT_PAGE = 50;

  private static final Duration PRUNING_INTERVAL = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

  private final AuditStore store;
  private final AdminGate gate;
  private final Duration retention;
  private final Clock clock;
  private final AtomicLong nextPruning = new AtomicLong(Long.MIN_VALUE);

  public AuditLog(AuditStore store, UserStore users, Duration retention, Clock clock) {
    this.store = store;
    this.gate = new AdminGate(users);
    this.retention = retention;
    this.clock = clock;
  }

  /**
   * Records one action, now.
   *
   * @param action what happened
   * @param actorId the user who acted; null when nobody did (a sign-in burst)
   * @param target what was acted on: a userId, an invite code, a room or message id, a username
   *     tried; null when nothing
   * @param detail what else tells the action apart (a new role, a mode, a ban's length), or null
   * @param address the actor's address as the edge resolved it ({@code TRUSTED_PROXIES}), or null
   * @return the entry as stored
   */
  public AuditEntry record(
      AuditAction action, String actorId, String target, String detail, String address) {
    long now = clock.millis();
    AuditEntry stored =
        store.append(new AuditEntry(0, now, action, actorId, target, detail, address));
    pruneIfDue(now);
    return stored;
  }

  /**
   * A page of the log, the newest first.
   *
   * @param before the {@code nextBefore} of the previous page, or null for the newest entries
   * @param limit how many entries, 1–{@value #MAX_PAGE}; null for {@value #DEFAULT_PAGE}
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin; {@code INVALID_INPUT} for
   *     a {@code before} or {@code limit} out of range or not a number
   */
  public AuditPage page(AuthenticatedUser caller, String before, String limit) {
    gate.requireAdmin(caller);
    long from =
        before == null
            ? Long.MAX_VALUE
            : number(before, "before", Long.MAX_VALUE, "before must be an entry id (1 or more)");
    int size =
        limit == null
            ? DEFAULT_PAGE
            : (int)
                number(limit, "limit", MAX_PAGE, "limit must be a number from 1 to " + MAX_PAGE);
    List<AuditEntry> entries = store.page(from, size);
    Long next = entries.size() < size ? null : entries.getLast().id();
    return new AuditPage(entries, next);
  }

  private void pruneIfDue(long now) {
    long due = nextPruning.get();
    if (now < due || !nextPruning.compareAndSet(due, now + PRUNING_INTERVAL.toMillis())) {
      return;
    }
    int removed = store.removeOlderThan(now - retention.toMillis());
    if (removed > 0) {
      log.info("removed {} audit entries older than {}", removed, retention);
    }
  }

  /** A query parameter that must be a number from 1 to {@code max}. */
  private static long number(String value, String field, long max, String refusal) {
    try {
      long number = Long.parseLong(value);
      if (number >= 1 && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw ChatException.invalidInput(field, refusal);
  }
}
