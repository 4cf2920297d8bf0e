package chat.client.ui.chat;

import chat.protocol.model.Room;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Which rooms are closed (a direct room whose other person deleted their account: nobody sends
 * there any more), as the room list and {@code room.updated} tell, and whether the open one is.
 */
final class ClosedRooms {

  /** What the open room says while it is closed. */
  static final String NOTICE =
      "This conversation is closed: the other person deleted their account.";

  private final Set<String> closed = new HashSet<>();
  private final ReadOnlyBooleanWrapper openClosed = new ReadOnlyBooleanWrapper();
  private String openId;

  /** The rooms as listed after each (re)connect. */
  void listed(List<Room> rooms) {
    closed.clear();
    rooms.stream().filter(Room::refusesMessages).map(Room::roomId).forEach(closed::add);
    refresh();
  }

  /** A room changed: it may have closed. */
  void changed(Room room) {
    if (room.refusesMessages()) {
      closed.add(room.roomId());
    } else {
      closed.remove(room.roomId());
    }
    refresh();
  }

  void opened(String roomId) {
    openId = roomId;
    refresh();
  }

  /** Whether the open room is closed. */
  ReadOnlyBooleanProperty openClosedProperty() {
    return openClosed.getReadOnlyProperty();
  }

  private void refresh() {
    openClosed.set(openId != null && closed.contains(openId));
  }
}
