package chat.protocol.result;

import chat.protocol.model.Room;
import java.util.List;

/** The result of {@code room.list} and {@code room.directory}. */
public record RoomsResult(List<Room> rooms) {}
