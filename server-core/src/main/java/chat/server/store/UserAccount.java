package chat.server.store;

/**
 * A stored user. {@code username} keeps the registered spelling; lookups ignore case. Times are
 * epoch milliseconds; {@code lastSeen} is 0 until the user's first socket closes.
 */
public record UserAccount(
    String userId, String username, String passwordHash, long createdAt, long lastSeen) {}
