package chat.client.ui.chat;

import chat.protocol.model.Room;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The rooms, of those listed or entered, that are end-to-end encrypted: their messages are sent
 * encrypted, without files or edits. A room is encrypted for good, so one seen so stays so.
 */
public final class EncryptedRooms {

  private final ObservableSet<String> ids = FXCollections.observableSet();

  /** The rooms as listed after a (re)connect. */
  void listed(List<Room> rooms) {
    rooms.forEach(this::changed);
  }

  /** A room changed or was entered. */
  void changed(Room room) {
    if (room.endToEndEncrypted()) {
      ids.add(room.roomId());
    }
  }

  /** Whether {@code roomId} (null: none) is encrypted. */
  public boolean contains(String roomId) {
    return roomId != null && ids.contains(roomId);
  }

  /** Whether the room {@code roomId} holds (null: none) is encrypted, as it changes. */
  public BooleanBinding containing(ObservableValue<String> roomId) {
    return Bindings.createBooleanBinding(() -> contains(roomId.getValue()), roomId, ids);
  }
}
