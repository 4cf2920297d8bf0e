package chat.protocol.result;

import chat.protocol.model.Room;

/** The result of {@code room.create}, {@code room.join} and {@code dm.open}. */
public record RoomResult(Room room) {}
