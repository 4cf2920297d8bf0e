package chat.server.store;

/** A message about to be appended; the store assigns its id and its place in the room's order. */
public record NewMessage(
    String roomId,
    String senderId,
    String senderName,
    String content,
    String clientMsgId,
    long timestamp) {}
