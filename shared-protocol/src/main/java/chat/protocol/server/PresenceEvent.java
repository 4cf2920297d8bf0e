package chat.protocol.server;

import chat.protocol.model.UserStatus;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** A user who shares a room with the receiver came online or went offline. */
@JsonTypeName("presence")
public record PresenceEvent(String userId, UserStatus status, long lastSeen)
    implements ServerFrame {}
