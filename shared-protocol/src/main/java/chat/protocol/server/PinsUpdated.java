package chat.protocol.server;

import chat.protocol.model.Message;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** A room's pinned messages after a pin or unpin, whole, the most recently pinned first. */
@JsonTypeName("pins.updated")
public record PinsUpdated(String roomId, List<Message> pins) implements ServerFrame {}
