package chat.protocol.server;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** Another member read up to {@code messageId}. */
@JsonTypeName("read")
public record ReadEvent(String roomId, String userId, String messageId) implements ServerFrame {}
