package chat.client.crypto.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.Daemons;
import chat.client.support.SessionBus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.junit.jupiter.api.Assumptions;

/**
 * A real secret service for one test: GNOME Keyring's daemon ({@code gnome-keyring-daemon}, Debian
 * package {@code gnome-keyring}) on a private session bus, with a home and XDG folders of its own
 * in the test's folder, its login keyring made and unlocked with a password on its standard input,
 * stopped by its pid at the end. Without the daemon the test is skipped, except under CI ({@code
 * CI=true}), where it fails.
 */
final class PrivateKeyring implements AutoCloseable {

  private static final long START_TIMEOUT_MS = 10_000;

  private final SessionBus bus;
  private final Process daemon;

  private PrivateKeyring(SessionBus bus, Process daemon) {
    this.bus = bus;
    this.daemon = daemon;
  }

  static PrivateKeyring start(Path dir) {
    boolean installed =
        Stream.of(System.getenv("PATH").split(":"))
            .anyMatch(folder -> Files.isExecutable(Path.of(folder, "gnome-keyring-daemon")));
    String why = "gnome-keyring-daemon (package gnome-keyring) is not installed";
    if ("true".equals(System.getenv("CI"))) {
      assertThat(installed).as(why + " (required under CI)").isTrue();
    }
    Assumptions.assumeTrue(installed, why + ": secret service test skipped");
    SessionBus bus = SessionBus.start(dir);
    try {
      Process daemon = startDaemon(dir, bus.address());
      PrivateKeyring keyring = new PrivateKeyring(bus, daemon);
      keyring.awaitService();
      return keyring;
    } catch (IOException | RuntimeException e) {
      bus.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  private static Process startDaemon(Path dir, String address) throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path runtime = Files.createDirectories(dir.resolve("run"));
    ProcessBuilder builder =
        new ProcessBuilder(
                "gnome-keyring-daemon", "--foreground", "--components=secrets", "--unlock")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("XDG_") || name.startsWith("GNOME_KEYRING"));
    env.put("HOME", home.toString());
    env.put("XDG_RUNTIME_DIR", runtime.toString());
    env.put("XDG_DATA_HOME", home.resolve("data").toString());
    env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    env.put("DBUS_SESSION_BUS_ADDRESS", address);
    Process daemon = builder.start();
    try (OutputStream password = daemon.getOutputStream()) {
      password.write("test keyring password".getBytes(StandardCharsets.UTF_8));
    }
    return daemon;
  }

  private void awaitService() {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
    while (System.currentTimeMillis() < deadline && daemon.isAlive()) {
      Optional<SecretServiceKeys> service = SecretServiceKeys.onBus(bus.address());
      if (service.isPresent()) {
        try {
          service.get().close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    close();
    throw new IllegalStateException("gnome-keyring-daemon offered no secret service in time");
  }

  /** Locks the keyring the daemon made and unlocked, as a screen lock or a logout would. */
  void lockLoginKeyring() throws DBusException, IOException {
    try (DBusConnection connection =
        DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build()) {
      List<DBusPath> locked =
          connection
              .getRemoteObject(
                  FreedesktopSecrets.BUS_NAME, FreedesktopSecrets.OBJECT_PATH, KeyringLock.class)
              .lock(List.of(new DBusPath("/org/freedesktop/secrets/collection/login")))
              .first();
      assertThat(locked).as("the login keyring was locked").hasSize(1);
    }
  }

  /** The private bus's address, as {@code DBUS_SESSION_BUS_ADDRESS} would give it. */
  String address() {
    return bus.address();
  }

  @Override
  public void close() {
    Daemons.stop(daemon);
    bus.close();
  }
}
