package chat.client.tray;

import java.awt.AWTException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one icon in the desktop's system tray ({@link SystemTray}). It shows while the app
 * hosts a server, so that the server can keep running with the window closed, and for the app's
 * whole run where it carries the notifications (a tray but no desktop notification service: Windows
 * shows a program's notifications only while its icon is in the tray). Its menu runs its actions on
 * the JavaFX thread: Open and Quit always, Stop hosting only while hosting; a double-click opens
 * the window. Where the desktop has no tray (headless, or no tray manager running), nothing shows
 * and {@link #icon()} stays empty. Loading AWT takes a moment, so every method but {@link #icon()}
 * belongs off the FX thread.
 */
public final class AppTray implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AppTray.class);
  private static final String NAME = "Chat";

  /** What the menu's items do, whether the app hosts or not. */
  public record Actions(Runnable open, Runnable quit) {}

  private final Actions actions;
  private final Executor fx;
  private volatile TrayIcon icon;
  private boolean forNotifications;
  private Runnable stopHosting;
  private boolean closed;

  /**
   * @param fx where the menu's actions run
   */
  public AppTray(Actions actions, Executor fx) {
    this.actions = actions;
    this.fx = fx;
  }

  /** Whether this desktop has a system tray; false when headless. Loads AWT the first time. */
  public static boolean supported() {
    return SystemTray.isSupported();
  }

  /**
   * The icon while it shows in the tray; empty where there is no tray, or while neither hosting nor
   * notifications need it.
   */
  public Optional<TrayIcon> icon() {
    return Optional.ofNullable(icon);
  }

  /**
   * Keeps the icon in the tray until {@link #close()}, for notifications ({@link
   * TrayIcon#displayMessage}); returns it, or empty where there is no tray.
   */
  public synchronized Optional<TrayIcon> showForNotifications() {
    forNotifications = true;
    update();
    return icon();
  }

  /**
   * The app hosts a server: the icon shows, with "Stop hosting" in its menu; returns whether it
   * shows.
   */
  public synchronized boolean hosting(Runnable stop) {
    stopHosting = stop;
    update();
    return icon != null;
  }

  /**
   * The app hosts no more: "Stop hosting" leaves the menu, and the icon leaves the tray unless it
   * carries the notifications.
   */
  public synchronized void notHosting() {
    stopHosting = null;
    update();
  }

  /**
   * Takes the icon out of the tray for good, so that AWT lets the app exit (a notifier still being
   * chosen in the background shows none after this).
   */
  @Override
  public synchronized void close() {
    closed = true;
    forNotifications = false;
    stopHosting = null;
    update();
  }

  private void update() {
    boolean wanted = !closed && (forNotifications || stopHosting != null);
    TrayIcon shown = icon;
    try {
      if (wanted && shown == null && supported()) {
        TrayIcon created = new TrayIcon(image(), tooltip(), menu());
        created.setImageAutoSize(true);
        created.addActionListener(event -> fx.execute(actions.open()));
        onAwt(() -> SystemTray.getSystemTray().add(created));
        icon = created;
      } else if (wanted && shown != null) {
        PopupMenu menu = menu();
        String tooltip = tooltip();
        onAwt(
            () -> {
              shown.setPopupMenu(menu);
              shown.setToolTip(tooltip);
            });
      } else if (!wanted && shown != null) {
        icon = null;
        onAwt(() -> SystemTray.getSystemTray().remove(shown));
      }
    } catch (AWTException e) {
      log.warn("no tray icon: {}", e.getMessage());
    }
  }

  private String tooltip() {
    return stopHosting == null ? NAME : NAME + ": hosting a server";
  }

  private PopupMenu menu() {
    PopupMenu menu = new PopupMenu();
    menu.add(item("Open", actions.open()));
    if (stopHosting != null) {
      menu.add(item("Stop hosting", stopHosting));
    }
    menu.addSeparator();
    menu.add(item("Quit", actions.quit()));
    return menu;
  }

  private MenuItem item(String label, Runnable action) {
    MenuItem item = new MenuItem(label);
    item.addActionListener(event -> fx.execute(action));
    return item;
  }

  /** A speech bubble in the app's accent blue, drawn rather than loaded: no image file to ship. */
  private static Image image() {
    int size = 64;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(0x09, 0x69, 0xda));
      g.fillRoundRect(4, 6, 56, 40, 18, 18);
      g.fillPolygon(new int[] {14, 30, 14}, new int[] {40, 40, 58}, 3);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (int x = 18; x <= 46; x += 14) {
        g.drawLine(x, 26, x, 26);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** An AWT call made on AWT's event thread, as AWT wants; its checked failure passed on. */
  private interface AwtCall {
    void run() throws AWTException;
  }

  private static void onAwt(AwtCall call) throws AWTException {
    AWTException[] failure = {null};
    try {
      EventQueue.invokeAndWait(
          () -> {
            try {
              call.run();
            } catch (AWTException e) {
              failure[0] = e;
            }
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AWTException("interrupted");
    } catch (InvocationTargetException e) {
      throw new AWTException(String.valueOf(e.getCause()));
    }
    if (failure[0] != null) {
      throw failure[0];
    }
  }
}
