package chat.protocol.model;

/** Where one member has read a room up to: the newest message they have read there. */
public record ReadCursor(String userId, String messageId) {}
