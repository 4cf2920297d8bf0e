package chat.client.crypto.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.client.support.SessionBus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store key's file beside the store, where no secret service keeps it. */
class StoreKeysTest {

  @TempDir Path dir;

  @Test
  void withoutASessionBusTheKeyIsAnOwnerOnlyFileBesideTheStoreMadeOnFirstUse() throws Exception {
    Path store = dir.resolve("data/crypto");

    byte[] first = StoreKeys.forStore(store, null);
    byte[] again = StoreKeys.forStore(store, "");

    Path file = dir.resolve("data/store.key");
    assertThat(first).hasSize(32).isEqualTo(again);
    assertThat(Files.readAllBytes(file)).isEqualTo(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aSessionBusWithoutASecretServiceLeavesTheKeyInTheFile() throws Exception {
    Path store = dir.resolve("data/crypto");
    try (SessionBus bus = SessionBus.start(dir)) {
      byte[] key = StoreKeys.forStore(store, bus.address());

      assertThat(Files.readAllBytes(dir.resolve("data/store.key"))).isEqualTo(key);
    }
  }

  @Test
  void aKeyFileOfTheWrongLengthIsRefusedRatherThanReplaced() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.write(dir.resolve("data/store.key"), new byte[31]);

    assertThatThrownBy(() -> StoreKeys.forStore(dir.resolve("data/crypto"), null))
        .isInstanceOf(UnreadableStoreFileException.class)
        .hasMessageContaining("31 bytes");
    assertThat(Files.size(dir.resolve("data/store.key"))).isEqualTo(31);
  }
}
