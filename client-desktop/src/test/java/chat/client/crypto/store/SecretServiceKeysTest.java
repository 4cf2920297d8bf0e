package chat.client.crypto.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store key in a real GNOME Keyring on a private session bus. */
class SecretServiceKeysTest {

  @TempDir Path dir;

  private PrivateKeyring keyring;

  @BeforeEach
  void startKeyring() {
    keyring = PrivateKeyring.start(dir);
  }

  @AfterEach
  void stopKeyring() {
    keyring.close();
  }

  @Test
  void aStoreKeyIsMadeInTheKeyringOnFirstUseAndFoundThereAfterwards() throws Exception {
    Path store = dir.resolve("data/crypto");

    byte[] first = StoreKeys.forStore(store, keyring.address());
    byte[] again = StoreKeys.forStore(store, keyring.address());

    assertThat(first).hasSize(32).isEqualTo(again);
    assertThat(dir.resolve("data/store.key")).doesNotExist();
  }

  @Test
  void eachStoreFolderHasAKeyOfItsOwn() throws Exception {
    byte[] one = StoreKeys.forStore(dir.resolve("one/crypto"), keyring.address());
    byte[] other = StoreKeys.forStore(dir.resolve("other/crypto"), keyring.address());

    assertThat(one).isNotEqualTo(other);
  }

  @Test
  void theItemIsFoundByTheApplicationAndTheHashOfTheStoresPath() throws Exception {
    Path store = dir.resolve("data/crypto");
    byte[] key = StoreKeys.forStore(store, keyring.address());
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(store.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8)));

    try (DBusConnection bus =
        DBusConnectionBuilder.forAddress(keyring.address()).withShared(false).build()) {
      FreedesktopSecrets.Service service =
          bus.getRemoteObject(
              FreedesktopSecrets.BUS_NAME,
              FreedesktopSecrets.OBJECT_PATH,
              FreedesktopSecrets.Service.class);
      DBusPath session = service.openSession("plain", new Variant<>("")).second();
      List<DBusPath> items =
          service.searchItems(Map.of("application", "chat", "store", hash)).first();

      assertThat(items).hasSize(1);
      FreedesktopSecrets.Item item =
          bus.getRemoteObject(
              FreedesktopSecrets.BUS_NAME,
              items.getFirst().getPath(),
              FreedesktopSecrets.Item.class);
      assertThat(item.getSecret(session).value()).isEqualTo(key);
    }
  }

  @Test
  void aKeyFileAlreadyBesideTheStoreIsKeptEvenWhenAKeyringAppears() throws Exception {
    Path store = dir.resolve("data/crypto");
    byte[] inFile = StoreKeys.forStore(store, null);

    assertThat(StoreKeys.forStore(store, keyring.address())).isEqualTo(inFile);
  }

  @Test
  void aLockedKeyringIsAnErrorAndNoKeyIsMadeInItsPlace() throws Exception {
    Path store = dir.resolve("data/crypto");
    StoreKeys.forStore(store, keyring.address());
    keyring.lockLoginKeyring();

    assertThatThrownBy(() -> StoreKeys.forStore(store, keyring.address()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("locked");
    assertThatThrownBy(() -> StoreKeys.forStore(dir.resolve("other/crypto"), keyring.address()))
        .isInstanceOf(IOException.class);
    assertThat(dir.resolve("data/store.key")).doesNotExist();
    assertThat(dir.resolve("other/store.key")).doesNotExist();
  }
}
