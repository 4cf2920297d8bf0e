package chat.server.auth;

import chat.server.ratelimit.RateLimiter;

/**
 * What stands between password guesses and an account, configured together: the deliberately slow
 * hash, and the limits on attempts.
 *
 * @param loginsPerNameAndAddress keyed by lower-case username and address
 * @param loginsPerAddress keyed by address, whatever the username: no spraying one password over
 *     many names
 * @param registrationsPerAddress keyed by address
 */
public record LoginGuard(
    PasswordHasher hasher,
    RateLimiter loginsPerNameAndAddress,
    RateLimiter loginsPerAddress,
    RateLimiter registrationsPerAddress) {}
