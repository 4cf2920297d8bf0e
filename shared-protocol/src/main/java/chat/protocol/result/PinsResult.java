package chat.protocol.result;

import chat.protocol.model.Message;
import java.util.List;

/** The result of {@code room.pins}: the pinned messages, the most recently pinned first. */
public record PinsResult(List<Message> pins) {}
