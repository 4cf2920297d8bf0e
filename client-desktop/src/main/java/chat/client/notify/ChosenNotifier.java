package chat.client.notify;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The app's notifier, chosen at start: the desktop's notification service when the D-Bus session
 * bus has one, else toasts in the window. The bus is asked in the background (connecting loads the
 * D-Bus classes, which the first window need not wait for); until it answers, toasts show.
 */
public final class ChosenNotifier implements Notifier, AutoCloseable {

  private final Notifier fallback;
  private Notifier chosen;
  private DbusNotifier desktop;
  private boolean closed;

  private ChosenNotifier(Notifier fallback) {
    this.fallback = fallback;
    this.chosen = fallback;
  }

  /**
   * @param desktop finds the desktop's service (blocking), or nothing; {@code Optional::empty}
   *     keeps the toasts (a user or a test that wants notifications inside the window only)
   */
  public static ChosenNotifier choose(
      Supplier<Optional<DbusNotifier>> desktop, Notifier fallback, Executor background) {
    ChosenNotifier notifier = new ChosenNotifier(fallback);
    background.execute(() -> desktop.get().ifPresent(notifier::found));
    return notifier;
  }

  private synchronized void found(DbusNotifier service) {
    if (closed) {
      service.close();
      return;
    }
    desktop = service;
    chosen = service;
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
    if (desktop != null) {
      desktop.close();
    }
    chosen = fallback;
  }
}
