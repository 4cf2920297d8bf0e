package chat.server.store;

import chat.protocol.model.Message;

/**
 * The outcome of an append: the stored message, and whether this call stored it ({@code false} when
 * the same sender had already sent the same {@code clientMsgId} to the room).
 */
public record AppendResult(Message message, boolean created) {}
