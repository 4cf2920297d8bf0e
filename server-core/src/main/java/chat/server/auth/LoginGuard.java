package chat.server.auth;

import chat.server.ratelimit.RateLimiter;

/**
 * What stands between password guesses and an account, configured together: the deliberately slow
 * hash, the limits on attempts, and the record of bursts those limits refused.
 *
 * @param loginsPerNameAndAddress keyed by lower-case username and address
 * @param loginsPerAddress keyed by address, whatever the username: no spraying one password over
 *     many names
 * @param registrationsPerAddress keyed by address
 * @param bursts where refused logins are told, for the audit log
 */
public record LoginGuard(
    PasswordHasher hasher,
    RateLimiter loginsPerNameAndAddress,
    RateLimiter loginsPerAddress,
    RateLimiter registrationsPerAddress,
    SignInBursts bursts) {}
