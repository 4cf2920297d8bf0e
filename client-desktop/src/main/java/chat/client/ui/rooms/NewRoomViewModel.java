package chat.client.ui.rooms;

import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.client.net.Session;
import chat.client.ui.e2ee.Encryption;
import chat.protocol.Limits;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Creates a public or private room; a private one end-to-end encrypted when asked, which this
 * device can do once its encryption is ready.
 */
public final class NewRoomViewModel {

  private final Session client;
  private final Consumer<Room> created;
  private final StringProperty name = new SimpleStringProperty("");
  private final BooleanProperty privateRoom = new SimpleBooleanProperty();
  private final BooleanProperty encrypted = new SimpleBooleanProperty();
  private final Encryption encryption;
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public NewRoomViewModel(Session client, Encryption encryption, Consumer<Room> created) {
    this.client = client;
    this.encryption = encryption;
    this.created = created;
    privateRoom.addListener(
        (obs, was, now) -> {
          if (!now) {
            encrypted.set(false);
          }
        });
  }

  /** Whether the room may be made encrypted: a private one, on a device ready to encrypt. */
  public BooleanBinding canEncrypt() {
    return privateRoom.and(encryption.readyProperty());
  }

  /**
   * Why the room cannot be made encrypted, in one sentence; empty when it can, or when it is not
   * private (only private rooms are offered encryption).
   */
  public StringBinding encryptionNote() {
    StringBinding whyNot = encryption.whyNotProperty();
    return Bindings.createStringBinding(
        () -> privateRoom.get() ? whyNot.get() : "Only a private room can be encrypted.",
        privateRoom,
        whyNot);
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
    Boolean sealed = encrypted.get() && canEncrypt().get() ? Boolean.TRUE : null;
    client
        .request(id -> new RoomCreate(id, wanted, visibility, null, sealed), RoomResult.class)
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

  /** Whether the room is to be end-to-end encrypted. */
  public BooleanProperty encryptedProperty() {
    return encrypted;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
