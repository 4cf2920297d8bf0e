package chat.client.config;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;

/**
 * A private connection to a D-Bus session bus, for the desktop services the app talks to
 * (notifications, the secret service): its own, not shared with other users of the bus in this
 * process, and given up after {@link #CONNECT_TIMEOUT_MS} when the bus does not answer.
 */
public final class SessionBusConnection {

  /**
   * How long connecting may take before the service counts as missing: dbus-java's own default
   * waits 10 s for a bus that is not there (a stale address).
   */
  public static final int CONNECT_TIMEOUT_MS = 2000;

  private SessionBusConnection() {}

  /** Connects to the bus at {@code address}. */
  public static DBusConnection open(String address) throws DBusException {
    return DBusConnectionBuilder.forAddress(address)
        .withShared(false)
        .transportConfig()
        .withTimeout(CONNECT_TIMEOUT_MS)
        .back()
        .build();
  }
}
