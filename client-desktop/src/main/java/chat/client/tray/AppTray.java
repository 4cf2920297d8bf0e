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
 * The app's one icon in the desktop's system tray ({@link SystemTray}), shown while the app hosts a
 * server, so that the server can keep running with the window closed. Its menu (Open, Stop hosting,
 * Quit) runs its actions on the JavaFX thread; a double-click opens the window. Where the desktop
 * has no tray (headless, or no tray manager running), nothing shows and {@link #icon()} stays
 * empty. Loading AWT takes a moment, so {@link #show} and {@link #hide} belong off the FX thread.
 */
public final class AppTray implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AppTray.class);

  /** What the menu's items do. */
  public record Actions(Runnable open, Runnable stopHosting, Runnable quit) {}

  private final String tooltip;
  private final Actions actions;
  private final Executor fx;
  private volatile TrayIcon icon;

  /**
   * @param fx where the menu's actions run
   */
  public AppTray(String tooltip, Actions actions, Executor fx) {
    this.tooltip = tooltip;
    this.actions = actions;
    this.fx = fx;
  }

  /** Whether this desktop has a system tray; false when headless. Loads AWT the first time. */
  public static boolean supported() {
    return SystemTray.isSupported();
  }

  /**
   * The icon while it shows in the tray: for notifications ({@link TrayIcon#displayMessage}) too;
   * empty where there is no tray or the app is not hosting.
   */
  public Optional<TrayIcon> icon() {
    return Optional.ofNullable(icon);
  }

  /** Shows the icon, once; returns whether it shows. */
  public synchronized boolean show() {
    if (icon != null) {
      return true;
    }
    if (!supported()) {
      return false;
    }
    TrayIcon created = new TrayIcon(image(), tooltip, menu());
    created.setImageAutoSize(true);
    created.addActionListener(event -> fx.execute(actions.open()));
    try {
      onAwt(() -> SystemTray.getSystemTray().add(created));
      icon = created;
      return true;
    } catch (AWTException e) {
      log.warn("no tray icon: {}", e.getMessage());
      return false;
    }
  }

  /** Takes the icon out of the tray, so that AWT lets the app exit. */
  public synchronized void hide() {
    TrayIcon shown = icon;
    if (shown != null) {
      icon = null;
      try {
        onAwt(() -> SystemTray.getSystemTray().remove(shown));
      } catch (AWTException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() {
    hide();
  }

  private PopupMenu menu() {
    PopupMenu menu = new PopupMenu();
    menu.add(item("Open", actions.open()));
    menu.add(item("Stop hosting", actions.stopHosting()));
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
