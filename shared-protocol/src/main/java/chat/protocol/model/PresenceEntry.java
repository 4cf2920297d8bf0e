package chat.protocol.model;

/** One user's presence, as {@code presence.query} answers it. {@code lastSeen} is epoch millis. */
public record PresenceEntry(String userId, UserStatus status, long lastSeen) {}
