package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.e2ee.EncryptedChat.App;
import chat.protocol.model.Room;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the server keeps on disk of an encrypted room holds none of its text, byte for byte: run on
 * the embedded store's files and on a Redis's append-only file and dump.
 */
abstract class ServerKeepsNoMessageTextContract {

  abstract EncryptedChat chat();

  @Test
  void noMessageTextOccursAnywhereInTheServersData() throws IOException {
    App alice = chat().signedUp("alice");
    App bob = chat().signedUp("bob");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));

    alice.e2ee().send(room.roomId(), "zebra-marmalade-secret", List.of()).join();
    bob.awaitText("zebra-marmalade-secret");
    chat().saveRedis();
    chat().server().stop();

    assertThat(serverFilesContaining("zebra-marmalade-secret")).isEmpty();
    assertThat(filesContaining(chat().appDir("alice"), "zebra-marmalade-secret")).isEmpty();
    assertThat(serverFilesContaining("ours")).as("the room's name, kept in clear").isNotEmpty();
  }

  private List<Path> serverFilesContaining(String text) throws IOException {
    return Stream.concat(
            filesContaining(chat().serverDir(), text).stream(),
            filesContaining(chat().redisDir(), text).stream())
        .toList();
  }

  private static List<Path> filesContaining(Path dir, String text) throws IOException {
    return FilesHolding.filesContaining(dir, text.getBytes(StandardCharsets.UTF_8));
  }
}
