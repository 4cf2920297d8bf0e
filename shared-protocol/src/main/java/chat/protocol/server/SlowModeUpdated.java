package chat.protocol.server;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** A moderator set the room's slow mode: one message per {@code seconds} per member; 0 is off. */
@JsonTypeName("slowmode.updated")
public record SlowModeUpdated(String roomId, int seconds, String byUserId) implements ServerFrame {}
