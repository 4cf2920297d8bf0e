package chat.client.notify;

import chat.client.config.SessionBusConnection;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.types.UInt32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications through the desktop's own service on the D-Bus session bus (GNOME, KDE, and most
 * Linux desktops): they show where the desktop shows notifications, even while the window is
 * hidden. Each carries the "default" action, so that clicking it opens the room.
 *
 * <p>{@code Notify} is a blocking call, so it runs on a thread of its own, never on the FX thread.
 * A lock held across the call and taken by the signal handlers makes sure that a click is matched
 * with the notification's id even when the click's signal races the call's reply.
 */
public final class DbusNotifier implements Notifier, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DbusNotifier.class);
  private static final String APP_NAME = "Chat";
  private static final int SERVER_DECIDES = -1;

  private static final Duration CLOSE_GRACE = Duration.ofSeconds(1);

  private final DBusConnection bus;
  private final FreedesktopNotifications service;
  private final Executor fx;
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("notify-dbus").factory());
  private final Object lock = new Object();
  private final Map<UInt32, Runnable> clicks = new HashMap<>();

  private DbusNotifier(DBusConnection bus, Executor fx) throws DBusException {
    this.bus = bus;
    this.fx = fx;
    this.service =
        bus.getRemoteObject(
            FreedesktopNotifications.BUS_NAME,
            FreedesktopNotifications.OBJECT_PATH,
            FreedesktopNotifications.class);
    bus.addSigHandler(FreedesktopNotifications.ActionInvoked.class, this::invoked);
    bus.addSigHandler(FreedesktopNotifications.NotificationClosed.class, this::closed);
  }

  /**
   * The notifier of the session bus named by {@code DBUS_SESSION_BUS_ADDRESS}, when one answers and
   * has a notification service; {@code onClick}s run on {@code fx}.
   */
  public static Optional<DbusNotifier> onSessionBus(Executor fx) {
    String address = System.getenv("DBUS_SESSION_BUS_ADDRESS");
    return address == null || address.isBlank() ? Optional.empty() : onBus(address, fx);
  }

  /** The notifier of the bus at {@code address}, when it answers and has a notification service. */
  public static Optional<DbusNotifier> onBus(String address, Executor fx) {
    DBusConnection bus = null;
    try {
      bus = SessionBusConnection.open(address);
      if (!hasNotificationService(bus)) {
        bus.close();
        return Optional.empty();
      }
      return Optional.of(new DbusNotifier(bus, fx));
    } catch (DBusException | DBusExecutionException | IOException e) {
      log.info("no desktop notifications on the session bus: {}", e.getMessage());
      closeQuietly(bus);
      return Optional.empty();
    }
  }

  private static boolean hasNotificationService(DBusConnection bus) throws DBusException {
    DBus daemon = bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
    return daemon.NameHasOwner(FreedesktopNotifications.BUS_NAME)
        || Arrays.asList(daemon.ListActivatableNames()).contains(FreedesktopNotifications.BUS_NAME);
  }

  @Override
  public void show(String title, String body, Runnable onClick) {
    sender.execute(
        () -> {
          synchronized (lock) {
            try {
              UInt32 id =
                  service.show(
                      APP_NAME,
                      new UInt32(0),
                      "",
                      title,
                      body,
                      List.of(FreedesktopNotifications.DEFAULT_ACTION, "Open"),
                      Map.of(),
                      SERVER_DECIDES);
              clicks.put(id, onClick);
            } catch (DBusExecutionException e) {
              log.warn("the desktop refused a notification: {}", e.getMessage());
            }
          }
        });
  }

  private void invoked(FreedesktopNotifications.ActionInvoked signal) {
    if (!FreedesktopNotifications.DEFAULT_ACTION.equals(signal.actionKey())) {
      return;
    }
    Runnable onClick;
    synchronized (lock) {
      onClick = clicks.remove(signal.id());
    }
    if (onClick != null) {
      fx.execute(onClick);
    }
  }

  private void closed(FreedesktopNotifications.NotificationClosed signal) {
    synchronized (lock) {
      clicks.remove(signal.id());
    }
  }

  /**
   * Stops listening and leaves the bus; notifications already shown stay on the desktop, and those
   * handed over but not yet shown are shown first, for at most {@link #CLOSE_GRACE}: leaving in the
   * middle of a call would cut the desktop's answer off.
   */
  @Override
  public void close() {
    sender.shutdown();
    try {
      if (!sender.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        log.debug("notifications still being shown when leaving the bus");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(bus);
  }

  private static void closeQuietly(DBusConnection bus) {
    if (bus == null) {
      return;
    }
    try {
      bus.close();
    } catch (IOException e) {
      log.debug("the D-Bus connection did not close cleanly: {}", e.getMessage());
    }
  }
}
