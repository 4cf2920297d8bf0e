package chat.protocol.server;

import chat.protocol.model.Message;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** A message was posted; every socket of every member gets it, the sender's too. */
@JsonTypeName("message.new")
public record MessageNew(Message message) implements ServerFrame {}
