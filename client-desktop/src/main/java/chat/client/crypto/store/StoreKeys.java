package chat.client.crypto.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the key store's key lives: an owner-only file {@code store.key} beside the store folder if
 * there is one already; otherwise the desktop's secret service on the session bus, when it offers
 * one; otherwise a new such file. A key once in the file stays there, so a keyring that appears
 * later never hides the key the store was sealed with.
 */
public final class StoreKeys {

  static final String KEY_FILE = "store.key";

  private StoreKeys() {}

  /** The key of the store in {@code folder}, on the bus {@code DBUS_SESSION_BUS_ADDRESS} names. */
  public static byte[] forStore(Path folder) throws IOException {
    return forStore(folder, System.getenv("DBUS_SESSION_BUS_ADDRESS"));
  }

  /**
   * The key of the store in {@code folder}, made on first use.
   *
   * @param busAddress the session bus's address; null or blank for none
   */
  public static byte[] forStore(Path folder, String busAddress) throws IOException {
    Path file = keyFile(folder);
    if (!Files.exists(file) && busAddress != null && !busAddress.isBlank()) {
      Optional<SecretServiceKeys> secrets = SecretServiceKeys.onBus(busAddress);
      if (secrets.isPresent()) {
        try (SecretServiceKeys service = secrets.get()) {
          return service.keyFor(folder);
        }
      }
    }
    return KeyFile.readOrCreate(file);
  }

  static Path keyFile(Path folder) {
    return folder.toAbsolutePath().normalize().resolveSibling(KEY_FILE);
  }
}
