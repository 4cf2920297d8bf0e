package chat.client.ui.rooms;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.UserStatus;
import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A room in the sidebar, with the unread messages and the mentions of the user that this app has
 * counted for it, and, for a direct room, the other person's presence (null until known).
 */
public final class RoomItem {

  private final String roomId;
  private final RoomVisibility visibility;
  private final String createdBy;
  private final BooleanProperty encrypted = new SimpleBooleanProperty();
  private final StringProperty name = new SimpleStringProperty();
  private final IntegerProperty unread = new SimpleIntegerProperty();
  private final IntegerProperty mentions = new SimpleIntegerProperty();
  private final ObjectProperty<UserStatus> partnerStatus = new SimpleObjectProperty<>();

  RoomItem(Room room, String myUsername) {
    this.roomId = room.roomId();
    this.visibility = room.visibility();
    this.createdBy = room.createdBy();
    update(room, myUsername);
  }

  /**
   * Takes the room's new name. A direct room is named after both people ("alice, bob"): each side
   * sees the other's name.
   */
  void update(Room room, String myUsername) {
    if (room.endToEndEncrypted()) {
      encrypted.set(true); // for good: a copy of the room that leaves the flag out changes nothing
    }
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

  /** The room's owner: the user who created it. */
  public String createdBy() {
    return createdBy;
  }

  /** Whether the room is end-to-end encrypted: for good, once created so. */
  public boolean encrypted() {
    return encrypted.get();
  }

  public ReadOnlyBooleanProperty encryptedProperty() {
    return encrypted;
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

  /** Unread messages that mention the user, by name or {@code @room}. */
  public IntegerProperty mentionsProperty() {
    return mentions;
  }

  /** The other person's presence in a direct room; null elsewhere or while unknown. */
  public ObjectProperty<UserStatus> partnerStatusProperty() {
    return partnerStatus;
  }
}
