package chat.client.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.LiveRoom;
import chat.client.support.TestUiThread;
import chat.client.support.Waits;
import chat.client.ui.e2ee.Encryption;
import chat.protocol.model.Room;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The new-room panel's "Encrypted" choice, against a real server. */
class NewRoomViewModelTest {

  @RegisterExtension final LiveRoom live = LiveRoom.alice();

  @TempDir Path data;

  @Test
  void aPrivateRoomIsCreatedEncryptedOnceTheDeviceIsReady() {
    AtomicReference<Room> created = new AtomicReference<>();
    AtomicReference<NewRoomViewModel> model = new AtomicReference<>();
    AtomicReference<Encryption> encryption = new AtomicReference<>();
    TestUiThread.executor()
        .execute(
            () -> {
              encryption.set(
                  Encryption.start(
                      live.client(),
                      data,
                      Executors.newVirtualThreadPerTaskExecutor(),
                      TestUiThread.executor()));
              model.set(new NewRoomViewModel(live.client(), encryption.get(), created::set));
              model.get().nameProperty().set("vault");
              model.get().privateRoomProperty().set(true);
            });
    Waits.until("encryption offered", () -> model.get() != null && model.get().canEncrypt().get());

    TestUiThread.executor()
        .execute(
            () -> {
              model.get().encryptedProperty().set(true);
              model.get().create();
            });

    Waits.until("the room", () -> created.get() != null);
    assertThat(created.get().endToEndEncrypted()).isTrue();
    TestUiThread.executor().execute(() -> encryption.get().close());
  }

  @Test
  void withoutEncryptionTheChoiceSaysWhyAndARoomIsCreatedInClear() {
    AtomicReference<Room> created = new AtomicReference<>();
    NewRoomViewModel model = new NewRoomViewModel(live.client(), Encryption.off(), created::set);

    String forAPublicRoom = model.encryptionNote().get();
    model.privateRoomProperty().set(true);
    model.encryptedProperty().set(true);
    String forAPrivateRoom = model.encryptionNote().get();
    model.nameProperty().set("plain");
    TestUiThread.executor().execute(model::create);

    assertThat(forAPublicRoom).isEqualTo("Only a private room can be encrypted.");
    assertThat(forAPrivateRoom).isEqualTo("This server does not offer end-to-end encryption.");
    assertThat(model.canEncrypt().get()).isFalse();
    Waits.until("the room", () -> created.get() != null);
    assertThat(created.get().endToEndEncrypted()).isFalse();
  }
}
