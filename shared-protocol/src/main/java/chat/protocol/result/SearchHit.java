package chat.protocol.result;

import chat.protocol.model.Message;

/** One search result; {@code highlight} wraps each matched word in {@code [[ ]]}. */
public record SearchHit(Message message, String highlight) {}
