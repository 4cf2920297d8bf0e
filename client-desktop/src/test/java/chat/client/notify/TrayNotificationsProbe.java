package chat.client.notify;

import chat.client.support.TrayClicks;
import chat.client.support.Waits;
import chat.client.tray.AppTray;
import java.awt.Point;
import java.awt.Robot;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The app's choice of notifier on a desktop with a tray and no notification service, in a JVM of
 * its own (AWT must not be headless there): the tray icon shows without hosting, a notification is
 * a balloon of it, and a click on the balloon opens the room. Prints one line per step for {@link
 * TrayNotificationsTest}.
 */
final class TrayNotificationsProbe {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private TrayNotificationsProbe() {}

  public static void main(String[] args) throws Exception {
    Platform.startup(() -> {});
    List<String> toasts = new CopyOnWriteArrayList<>();
    CountDownLatch roomOpened = new CountDownLatch(1);
    AppTray tray = new AppTray(new AppTray.Actions(() -> {}, () -> {}), Platform::runLater);
    Waits.until("a tray on the display", WAIT, SystemTray::isSupported);
    ExecutorService background = Executors.newSingleThreadExecutor();

    ChosenNotifier notifier =
        ChosenNotifier.forThisDesktop(
            tray, (title, body, onClick) -> toasts.add(title), Platform::runLater, background);
    background.submit(() -> {}).get(WAIT.toSeconds(), TimeUnit.SECONDS); // the choice is made

    TrayIcon icon = tray.icon().orElseThrow(() -> new AssertionError("no tray icon"));
    say("tray icon shown without hosting, menu: " + TrayClicks.menu(icon));
    notifier.show("bob in general", "lunch?", roomOpened::countDown);
    Optional<Window> balloon = balloon();
    say("balloon shown: " + balloon.isPresent());
    boolean opened = false;
    // The balloon shows before the window manager has placed it, so a click may land where it was
    // not yet: it is clicked again, while it shows, until the room opens.
    for (int click = 0; click < 5 && !opened && balloon.isPresent(); click++) {
      clickWhenPlaced(balloon.get());
      opened = roomOpened.await(2, TimeUnit.SECONDS);
      balloon = balloon.filter(Window::isShowing);
    }
    say("room opened: " + opened + ", toasts: " + toasts);

    tray.hosting(() -> {});
    List<String> hosting = TrayClicks.menu(icon);
    tray.notHosting();
    say(
        "menu while hosting: "
            + hosting
            + ", after: "
            + TrayClicks.menu(tray.icon().orElseThrow()));
    tray.close();
    notifier.close();
    say("closed, icons in the tray: " + SystemTray.getSystemTray().getTrayIcons().length);
    System.exit(0);
  }

  private static Optional<Window> balloon() {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < end) {
      for (Window window : Window.getWindows()) {
        if (window.isShowing() && window.getClass().getName().contains("Balloon")) {
          return Optional.of(window);
        }
      }
      Thread.onSpinWait();
    }
    return Optional.empty();
  }

  /** Clicks the middle of {@code window} once it has kept one place and size for 100 ms. */
  private static void clickWhenPlaced(Window window) throws Exception {
    java.awt.Rectangle before = null;
    for (int look = 0; look < 50; look++) {
      java.awt.Rectangle now =
          new java.awt.Rectangle(window.getLocationOnScreen(), window.getSize());
      if (now.equals(before) && now.width > 0) {
        break;
      }
      before = now;
      Thread.sleep(100);
    }
    Point at = window.getLocationOnScreen();
    Robot robot = new Robot();
    robot.mouseMove(at.x + window.getWidth() / 2, at.y + window.getHeight() / 2);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
