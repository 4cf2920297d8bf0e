package chat.server.store;

import chat.protocol.model.Message;

/**
 * The outcome of an append: the stored message, its place in the room's order ({@code seq}: 1 for
 * the room's first message, one more for each next), and whether this call stored it ({@code false}
 * when the same sender had already sent the same {@code clientMsgId} to the room).
 */
public record AppendResult(Message message, long seq, boolean created) {}
