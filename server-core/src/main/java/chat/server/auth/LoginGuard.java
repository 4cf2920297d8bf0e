package chat.server.auth;

import chat.server.error.ChatException;
import chat.server.ratelimit.RateLimiter;
import java.util.Locale;

/**
 * What stands between password guesses and an account, configured together: the deliberately slow
 * hash, and the limits on attempts. A second-factor code is a guess too: it counts against the same
 * login limits, and against {@code secondFactorsPerAccount} whatever the address.
 *
 * @param loginsPerNameAndAddress keyed by lower-case username and address
 * @param loginsPerAddress keyed by address, whatever the username: no spraying one password over
 *     many names
 * @param registrationsPerAddress keyed by address
 * @param secondFactorsPerAccount keyed by userId: second-factor codes of one account, from any
 *     number of addresses
 */
public record LoginGuard(
    PasswordHasher hasher,
    RateLimiter loginsPerNameAndAddress,
    RateLimiter loginsPerAddress,
    RateLimiter registrationsPerAddress,
    RateLimiter secondFactorsPerAccount) {

  /**
   * Takes a permit of both login limits for one guess at {@code username}'s password or code.
   *
   * @throws ChatException {@code RATE_LIMITED}
   */
  void requireLoginPermits(String username, String address, long now) {
    requirePermit(loginsPerAddress, address, now);
    requirePermit(loginsPerNameAndAddress, username.toLowerCase(Locale.ROOT) + '|' + address, now);
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
}
