package chat.client.ui.rooms;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A room in the sidebar, with the unread count this app has counted for it. */
public final class RoomItem {

  private final String roomId;
  private final RoomVisibility visibility;
  private final StringProperty name = new SimpleStringProperty();
  private final IntegerProperty unread = new SimpleIntegerProperty();

  RoomItem(Room room, String myUsername) {
    this.roomId = room.roomId();
    this.visibility = room.visibility();
    update(room, myUsername);
  }

  /**
   * Takes the room's new name. A direct room is named after both people ("alice, bob"): each side
   * sees the other's name.
   */
  void update(Room room, String myUsername) {
    if (visibility != RoomVisibility.DIRECT) {
      name.set(room.name());
      return;
    }
    String others =
        Arrays.stream(room.name().split(", "))
            .filter(n -> !n.equalsIgnoreCase(myUsername))
            .collect(Collectors.joining(", "));
    name.set(others.isEmpty() ? room.name() : others);
  }

  public String roomId() {
    return roomId;
  }

  public RoomVisibility visibility() {
    return visibility;
  }

  public String name() {
    return name.get();
  }

  public StringProperty nameProperty() {
    return name;
  }

  public IntegerProperty unreadProperty() {
    return unread;
  }
}
