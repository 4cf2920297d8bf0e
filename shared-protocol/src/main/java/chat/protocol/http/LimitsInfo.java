package chat.protocol.http;

/** The limits a server enforces, as {@code GET /api/info} tells clients. */
public record LimitsInfo(int maxContentChars, int maxFrameBytes, long maxFileBytes) {}
