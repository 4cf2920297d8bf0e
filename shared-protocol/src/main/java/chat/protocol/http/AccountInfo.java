package chat.protocol.http;

import chat.protocol.model.ServerRole;

/**
 * An account as admins see it. {@code displayName} is left out until the user chooses one; times
 * are epoch milliseconds, {@code lastSeen} 0 when never seen; {@code sessionCount} counts the
 * account's live sessions.
 */
public record AccountInfo(
    String userId,
    String username,
    String displayName,
    ServerRole role,
    boolean deactivated,
    long createdAt,
    long lastSeen,
    int sessionCount) {}
