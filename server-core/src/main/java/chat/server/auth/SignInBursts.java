package chat.server.auth;

import chat.protocol.Limits;
import chat.protocol.model.AuditAction;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns refused sign-in attempts into audit entries, one per burst rather than one per attempt: a
 * burst of a key (a name at an address, or an address) starts with its first refusal and lasts
 * while refusals keep coming less than {@value #QUIET_MINUTES} minutes apart. The limits are kept
 * per node, so each node that refuses a burst records it once.
 *
 * <p>The name tried is the attacker's choice, of any length: it is kept and recorded cut to {@link
 * Limits#USERNAME_MAX} characters (no account's name is longer), so that a burst of huge names
 * cannot fill the audit log or this class's memory.
 */
public final class SignInBursts {

  static final int QUIET_MINUTES = 10;
  private static final long QUIET_MILLIS = Duration.ofMinutes(QUIET_MINUTES).toMillis();

  /** Past this many keys, the ones whose bursts have ended are forgotten. */
  private static final int MAX_REMEMBERED = 10_000;

  private final AuditLog audit;
  private final Map<String, Long> lastRefusal = new ConcurrentHashMap<>();

  public SignInBursts(AuditLog audit) {
    this.audit = audit;
  }

  /**
   * One attempt was refused by a login limit.
   *
   * @param tried the name tried, lower case, when the limit counts per name; null when it counts
   *     per address
   * @param address the client's address, as the HTTP edge resolved it
   * @param now epoch milliseconds
   */
  void refused(String tried, String address, long now) {
    String username =
        tried == null || tried.length() <= Limits.USERNAME_MAX
            ? tried
            : tried.substring(0, Limits.USERNAME_MAX);
    String key = username == null ? address : username + '|' + address;
    Long previous = lastRefusal.put(key, now);
    if (previous != null && now - previous < QUIET_MILLIS) {
      return;
    }
    if (lastRefusal.size() > MAX_REMEMBERED) {
      lastRefusal.values().removeIf(at -> now - at >= QUIET_MILLIS);
    }
    audit.record(
        AuditAction.SIGN_IN_BURST,
        null,
        username,
        username == null
            ? "too many sign-ins from this address"
            : "too many sign-ins for this name",
        address);
  }
}
