package chat.protocol.model;

/** A user as others see them. {@code lastSeen} is epoch milliseconds, 0 when never seen. */
public record User(String userId, String username, UserStatus status, long lastSeen) {}
