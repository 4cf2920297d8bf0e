package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.e2ee.EncryptedChat.App;
import chat.protocol.client.DeviceInbox;
import chat.protocol.client.RoomKick;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.DeviceInboxResult;
import chat.protocol.result.EmptyResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two and three apps in an encrypted private room, through a real server. */
class EncryptedRoomTest {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat();

  @Test
  void aliceAndBobEachReadTheOthersTextInAnEncryptedPrivateRoom() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));

    alice.e2ee().send(room.roomId(), "hello bob, ciphered", List.of()).join();
    String fromAlice = bob.awaitText("hello bob, ciphered");
    bob.e2ee().send(room.roomId(), "hello alice, ciphered too", List.of(alice.userId())).join();
    String fromBob = alice.awaitText("hello alice, ciphered too");

    assertThat(alice.awaitText("hello bob, ciphered")).isEqualTo(fromAlice);
    assertThat(alice.read().get(fromBob))
        .isEqualTo(
            new DecryptedText.Readable("hello alice, ciphered too", List.of(alice.userId())));
    assertThat(bob.e2ee().text(fromAlice))
        .contains(new DecryptedText.Readable("hello bob, ciphered", List.of()));
  }

  @Test
  void noMessageTextOccursAnywhereInTheServersDataDirectory() throws IOException {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));

    alice.e2ee().send(room.roomId(), "zebra-marmalade-secret", List.of()).join();
    bob.awaitText("zebra-marmalade-secret");
    chat.server().stop();

    assertThat(filesContaining(chat.serverDir(), "zebra-marmalade-secret")).isEmpty();
    assertThat(filesContaining(chat.appDir("alice"), "zebra-marmalade-secret")).isEmpty();
  }

  @Test
  void aKickedMemberCannotReadWhatIsSentAfterItsRemoval() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    App carol = chat.signedUp("carol");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId(), carol.userId()));
    alice.e2ee().send(room.roomId(), "before the kick", List.of()).join();
    carol.awaitText("before the kick");

    alice
        .session()
        .request(id -> new RoomKick(id, room.roomId(), carol.userId()), EmptyResult.class)
        .join();
    alice.e2ee().send(room.roomId(), "after the kick", List.of()).join();
    bob.awaitText("after the kick");
    Message after = alice.arrived().get(alice.awaitText("after the kick"));

    assertThat(carol.e2ee().read(after).join()).isEqualTo(new DecryptedText.NoKeyYet());
    assertThat(bob.e2ee().read(after).join())
        .isEqualTo(new DecryptedText.Readable("after the kick", List.of()));
  }

  @Test
  void roomKeysThatWaitedInTheInboxAreReadAfterARestartAndAcknowledged() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));
    chat.close(bob);

    alice.e2ee().send(room.roomId(), "while bob was away", List.of()).join();
    Message sent = alice.arrived().get(alice.awaitText("while bob was away"));
    App back = chat.restarted("bob");

    assertThat(back.e2ee().read(sent).join())
        .isEqualTo(new DecryptedText.Readable("while bob was away", List.of()));
    assertThat(
            back.session()
                .request(id -> new DeviceInbox(id, null), DeviceInboxResult.class)
                .join()
                .messages())
        .isEmpty();
  }

  /** The files under {@code dir} whose bytes contain {@code text} in UTF-8. */
  private static List<Path> filesContaining(Path dir, String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(f -> contains(read(f), needle)).toList();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
