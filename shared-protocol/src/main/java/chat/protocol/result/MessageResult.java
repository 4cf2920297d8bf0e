package chat.protocol.result;

import chat.protocol.model.Message;

/** The result of {@code message.send} and {@code message.edit}. */
public record MessageResult(Message message) {}
