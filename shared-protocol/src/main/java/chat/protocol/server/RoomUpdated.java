package chat.protocol.server;

import chat.protocol.model.Room;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** A room changed, or the receiver was just invited to it or joined it. */
@JsonTypeName("room.updated")
public record RoomUpdated(Room room) implements ServerFrame {}
