package chat.client.notify;

import java.awt.EventQueue;
import java.awt.TrayIcon;
import java.util.concurrent.Executor;

/**
 * Notifications as balloons of the app's tray icon, where the platform has a tray (Windows, macOS,
 * some Linux desktops). AWT tells only that the icon or its message was clicked, not which message:
 * a click opens the room of the latest one, once.
 */
public final class TrayNotifier implements Notifier {

  private final TrayIcon icon;
  private final Executor fx;
  private volatile Runnable latest;

  /**
   * @param icon the app's tray icon, already added to the tray
   * @param fx where {@code onClick}s run (the FX thread)
   */
  public TrayNotifier(TrayIcon icon, Executor fx) {
    this.icon = icon;
    this.fx = fx;
    icon.addActionListener(event -> clicked());
  }

  @Override
  public void show(String title, String body, Runnable onClick) {
    latest = onClick;
    EventQueue.invokeLater(() -> icon.displayMessage(title, body, TrayIcon.MessageType.NONE));
  }

  private void clicked() {
    Runnable onClick = latest;
    latest = null;
    if (onClick != null) {
      fx.execute(onClick);
    }
  }
}
