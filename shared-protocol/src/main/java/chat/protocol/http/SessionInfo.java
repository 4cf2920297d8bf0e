package chat.protocol.http;

/**
 * One login of the caller. Times are epoch milliseconds; {@code current} marks the session of the
 * token that asked.
 */
public record SessionInfo(
    String sessionId, long createdAt, long lastUsedAt, String userAgent, boolean current) {}
