package chat.client.notify;

import chat.client.tray.AppTray;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The app's notifier, chosen at start, the first of: the desktop's notification service when the
 * D-Bus session bus has one (Linux desktops); the balloons of the app's tray icon where the
 * platform has a system tray (Windows, macOS, Linux trays without a notification service); toasts
 * in the window. The bus and the tray are asked in the background (both load classes the first
 * window need not wait for); until one answers, toasts show. The tray is asked only when the bus
 * has no service, so that a Linux desktop does not get a tray icon it does not need.
 */
public final class ChosenNotifier implements Notifier, AutoCloseable {

  private final Notifier fallback;
  private Notifier chosen;
  private Runnable release = () -> {};
  private boolean closed;

  private ChosenNotifier(Notifier fallback) {
    this.fallback = fallback;
    this.chosen = fallback;
  }

  /**
   * The notifier of this computer: the session bus that {@code DBUS_SESSION_BUS_ADDRESS} names,
   * else {@code tray}'s icon, else {@code fallback}.
   *
   * @param fx where a click on a notification runs
   */
  public static ChosenNotifier forThisDesktop(
      AppTray tray, Notifier fallback, Executor fx, Executor background) {
    return choose(
        () -> DbusNotifier.onSessionBus(fx),
        () -> tray.showForNotifications().map(icon -> new TrayNotifier(icon, fx)),
        fallback,
        background);
  }

  /**
   * @param desktop finds the desktop's service (blocking), or nothing
   * @param tray shows the app's tray icon and returns its notifier (blocking), or nothing where
   *     there is no tray; asked only when {@code desktop} finds nothing
   */
  public static ChosenNotifier choose(
      Supplier<Optional<DbusNotifier>> desktop,
      Supplier<Optional<? extends Notifier>> tray,
      Notifier fallback,
      Executor background) {
    ChosenNotifier notifier = new ChosenNotifier(fallback);
    background.execute(
        () -> {
          Optional<DbusNotifier> service = desktop.get();
          if (service.isPresent()) {
            notifier.found(service.get(), service.get()::close);
          } else {
            // the tray icon is the app's: it leaves the tray when the app closes it
            tray.get().ifPresent(icon -> notifier.found(icon, () -> {}));
          }
        });
    return notifier;
  }

  /**
   * Only toasts in the window: {@code -Dchat.notifications=window} (a user or a test that wants
   * notifications inside the window only).
   */
  public static ChosenNotifier inWindowOnly(Notifier fallback) {
    return new ChosenNotifier(fallback);
  }

  /** {@code release} lets go of what {@code found} holds, when this notifier closes. */
  private synchronized void found(Notifier found, Runnable release) {
    if (closed) {
      release.run();
      return;
    }
    this.release = release;
    chosen = found;
  }

  @Override
  public void show(String title, String body, Runnable onClick) {
    Notifier current;
    synchronized (this) {
      current = chosen;
    }
    current.show(title, body, onClick);
  }

  @Override
  public synchronized void close() {
    closed = true;
    release.run();
    chosen = fallback;
  }
}
