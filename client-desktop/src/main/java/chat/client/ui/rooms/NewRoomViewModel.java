package chat.client.ui.rooms;

import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.Limits;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Creates a public or private room. */
public final class NewRoomViewModel {

  private final Session client;
  private final Consumer<Room> created;
  private final StringProperty name = new SimpleStringProperty("");
  private final BooleanProperty privateRoom = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public NewRoomViewModel(Session client, Consumer<Room> created) {
    this.client = client;
    this.created = created;
  }

  /** A name of 1–64 characters once trimmed, as the server wants it. */
  public BooleanBinding canCreate() {
    return Bindings.createBooleanBinding(
        () -> {
          int length = Limits.codePointLengthTrimmed(name.get());
          return !busy.get() && length >= 1 && length <= Limits.MAX_ROOM_NAME_CHARS;
        },
        name,
        busy);
  }

  public void create() {
    if (!canCreate().get()) {
      return;
    }
    RoomVisibility visibility = privateRoom.get() ? RoomVisibility.PRIVATE : RoomVisibility.PUBLIC;
    String wanted = name.get().strip();
    busy.set(true);
    client
        .request(id -> new RoomCreate(id, wanted, visibility, null), RoomResult.class)
        .whenComplete(
            (result, failure) -> {
              busy.set(false);
              if (failure == null) {
                created.accept(result.room());
              } else {
                error.set(
                    Failures.unwrap(failure) instanceof ApiException refused
                        ? refused.getMessage()
                        : Failures.describe(failure));
              }
            });
  }

  public StringProperty nameProperty() {
    return name;
  }

  public BooleanProperty privateRoomProperty() {
    return privateRoom;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
