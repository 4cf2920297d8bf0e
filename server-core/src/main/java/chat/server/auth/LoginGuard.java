package chat.server.auth;

import chat.server.ratelimit.RateLimiter;

/**
 * What stands between password guesses and an account, configured together: the deliberately slow
 * hash, and the limit on login attempts per (username, address) pair.
 */
public record LoginGuard(PasswordHasher hasher, RateLimiter attempts) {}
