package chat.protocol.server;

import chat.protocol.model.Message;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** A message changed, for instance its content was edited; members get the whole new state. */
@JsonTypeName("message.updated")
public record MessageUpdated(Message message) implements ServerFrame {}
