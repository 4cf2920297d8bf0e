package chat.protocol.server;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** Another member started or stopped typing; clients drop it themselves after 6 s. */
@JsonTypeName("typing")
public record TypingEvent(String roomId, String userId, boolean active) implements ServerFrame {}
