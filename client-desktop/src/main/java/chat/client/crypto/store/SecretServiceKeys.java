package chat.client.crypto.store;

import chat.client.config.SessionBusConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.types.Variant;

/**
 * Store keys kept in the desktop's secret service: one item per store folder, in the default
 * collection (the login keyring), found by the attributes {@code application=chat} and {@code
 * store=}SHA-256 of the folder's absolute path, made on first use.
 */
final class SecretServiceKeys implements AutoCloseable {

  private static final String LABEL = "Chat: key store of ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DBusConnection bus;
  private final FreedesktopSecrets.Service service;

  private SecretServiceKeys(DBusConnection bus) throws DBusException {
    this.bus = bus;
    this.service =
        bus.getRemoteObject(
            FreedesktopSecrets.BUS_NAME,
            FreedesktopSecrets.OBJECT_PATH,
            FreedesktopSecrets.Service.class);
  }

  /** The secret service of the bus at {@code address}, when the bus answers and has one. */
  static Optional<SecretServiceKeys> onBus(String address) {
    DBusConnection bus = null;
    try {
      bus = SessionBusConnection.open(address);
      DBus daemon =
          bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
      if (!daemon.NameHasOwner(FreedesktopSecrets.BUS_NAME)
          && !Arrays.asList(daemon.ListActivatableNames()).contains(FreedesktopSecrets.BUS_NAME)) {
        bus.close();
        return Optional.empty();
      }
      return Optional.of(new SecretServiceKeys(bus));
    } catch (DBusException | DBusExecutionException | IOException e) {
      if (bus != null) {
        try {
          bus.close();
        } catch (IOException ignored) {
          // the bus is of no use either way
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The key of the store in {@code folder}, made and kept in the default collection if it has none.
   *
   * @throws IOException if the service is locked and would have to ask, or refuses
   */
  byte[] keyFor(Path folder) throws IOException {
    try {
      DBusPath session = service.openSession("plain", new Variant<>("")).second();
      Map<String, String> attributes = attributes(folder);
      FreedesktopSecrets.Two<List<DBusPath>, List<DBusPath>> found =
          service.searchItems(attributes);
      List<DBusPath> items = found.first();
      if (items.isEmpty() && !found.second().isEmpty()) {
        items = service.unlock(found.second()).first();
        if (items.isEmpty()) {
          throw new IOException("the desktop's keyring holding the store key is locked");
        }
      }
      if (!items.isEmpty()) {
        return item(items.getFirst()).getSecret(session).value();
      }
      return create(session, folder, attributes);
    } catch (DBusException | DBusExecutionException e) {
      throw new IOException("the desktop's secret service failed: " + e.getMessage(), e);
    }
  }

  private byte[] create(DBusPath session, Path folder, Map<String, String> attributes)
      throws DBusException, IOException {
    DBusPath collection = service.readAlias("default");
    if (FreedesktopSecrets.NO_OBJECT.equals(collection.getPath())) {
      throw new IOException("the desktop's secret service has no default keyring");
    }
    byte[] key = new byte[KeyFile.KEY_LENGTH];
    RANDOM.nextBytes(key);
    Map<String, Variant<?>> properties =
        Map.of(
            "org.freedesktop.Secret.Item.Label",
            new Variant<>(LABEL + folder.toAbsolutePath().normalize()),
            "org.freedesktop.Secret.Item.Attributes",
            new Variant<>(attributes, "a{ss}"));
    FreedesktopSecrets.Secret secret =
        new FreedesktopSecrets.Secret(session, new byte[0], key, "application/octet-stream");
    FreedesktopSecrets.Collection keyring =
        bus.getRemoteObject(
            FreedesktopSecrets.BUS_NAME, collection.getPath(), FreedesktopSecrets.Collection.class);
    DBusPath made = keyring.createItem(properties, secret, false).first();
    if (FreedesktopSecrets.NO_OBJECT.equals(made.getPath())) {
      throw new IOException("the desktop's keyring is locked: the store key cannot be kept there");
    }
    return key;
  }

  private FreedesktopSecrets.Item item(DBusPath path) throws DBusException {
    return bus.getRemoteObject(
        FreedesktopSecrets.BUS_NAME, path.getPath(), FreedesktopSecrets.Item.class);
  }

  /** {@code application=chat}, {@code store=} the hex SHA-256 of the folder's absolute path. */
  static Map<String, String> attributes(Path folder) {
    try {
      byte[] path = folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(path);
      return Map.of("application", "chat", "store", HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  @Override
  public void close() throws IOException {
    bus.close();
  }
}
