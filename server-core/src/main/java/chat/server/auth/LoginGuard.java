package chat.server.auth;

import chat.server.error.ChatException;
import chat.server.ratelimit.RateLimiter;
import java.util.Locale;

/**
 * What stands between password guesses and an account, configured together: the deliberately slow
 * hash, the limits on attempts, and the record of bursts those limits refused. A second-factor code
 * is a guess too: it counts against the same login limits, and against {@code
 * secondFactorsPerAccount} whatever the address.
 *
 * @param loginsPerNameAndAddress keyed by lower-case username and address
 * @param loginsPerAddress keyed by address, whatever the username: no spraying one password over
 *     many names
 * @param registrationsPerAddress keyed by address
 * @param secondFactorsPerAccount keyed by userId: second-factor codes of one account, from any
 *     number of addresses
 * @param bursts where refused logins are told, for the audit log
 */
public record LoginGuard(
    PasswordHasher hasher,
    RateLimiter loginsPerNameAndAddress,
    RateLimiter loginsPerAddress,
    RateLimiter registrationsPerAddress,
    RateLimiter secondFactorsPerAccount,
    SignInBursts bursts) {

  /**
   * Takes a permit of both login limits for one guess at {@code username}'s password or code; the
   * first refusal of a burst is recorded in the audit log ({@link SignInBursts}).
   *
   * @throws ChatException {@code RATE_LIMITED}
   */
  void requireLoginPermits(String username, String address, long now) {
    requireLoginPermit(loginsPerAddress, address, null, address, now);
    String name = username.toLowerCase(Locale.ROOT);
    requireLoginPermit(loginsPerNameAndAddress, name + '|' + address, name, address, now);
  }

  /**
   * @throws ChatException {@code RATE_LIMITED} when {@code limiter} has no permit for {@code key}
   */
  static void requirePermit(RateLimiter limiter, String key, long now) {
    long retryAfter = limiter.tryAcquire(key, now);
    if (retryAfter > 0) {
      throw ChatException.rateLimited(retryAfter);
    }
  }

  private void requireLoginPermit(
      RateLimiter limiter, String key, String username, String address, long now) {
    long retryAfter = limiter.tryAcquire(key, now);
    if (retryAfter > 0) {
      bursts.refused(username, address, now);
      throw ChatException.rateLimited(retryAfter);
    }
  }
}
