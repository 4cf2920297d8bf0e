package chat.protocol.server;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** A message was deleted. */
@JsonTypeName("message.deleted")
public record MessageDeleted(String roomId, String messageId) implements ServerFrame {}
