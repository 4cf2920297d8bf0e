package chat.client.app;

import chat.client.config.AppDirs;
import chat.client.config.Settings;
import chat.client.host.LocalServerHost;
import chat.client.net.ReconnectPolicy;
import chat.client.net.Session;
import chat.client.notify.ChosenNotifier;
import chat.client.notify.ToastNotifier;
import chat.client.tray.AppTray;
import chat.server.embed.LocalNetwork;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app, wired by hand: settings, the client, the server host and the screens. On exit
 * the socket closes and a hosted server stops cleanly. It sits below the {@code Launcher}, which
 * also starts the self-test that drives it, so that the two packages do not depend on each other.
 */
public final class ChatApp extends Application {

  private static final Logger log = LoggerFactory.getLogger(ChatApp.class);

  private final AppDirs dirs;
  private final Map<String, String> hostOverrides;
  private final Supplier<List<InetAddress>> browseOn;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
  private Session client;
  private LocalServerHost host;
  private Screens screens;
  private ChosenNotifier notifier;
  private AppTray tray;

  /**
   * The app as installed: the user's own folders, looking for servers on the LAN and announcing a
   * hosted one there. {@code -Dchat.discovery=off} does neither (a smoke test on a machine whose
   * network must not hear it, or a user who prefers silence).
   */
  public ChatApp() {
    this(
        AppDirs.forUser(),
        discoveryOff() ? Map.of("DISCOVERY", "off") : Map.of(),
        discoveryOff() ? List::of : LocalNetwork::browsingAddresses);
  }

  private static boolean discoveryOff() {
    return "off".equalsIgnoreCase(System.getProperty("chat.discovery", "on"));
  }

  /**
   * Whether notifications show only as toasts in the window, never through the desktop's
   * notification service or the tray: {@code -Dchat.notifications=window} (tests, and users who
   * want them so).
   */
  private static boolean notificationsInWindowOnly() {
    return "window".equalsIgnoreCase(System.getProperty("chat.notifications", "desktop"));
  }

  /**
   * @param hostOverrides settings for a hosted server that replace the defaults (tests)
   * @param browseOn the addresses on which the connect screen looks for servers by mDNS (tests:
   *     none, so that they never multicast on the machine's network)
   */
  public ChatApp(
      AppDirs dirs, Map<String, String> hostOverrides, Supplier<List<InetAddress>> browseOn) {
    this.dirs = dirs;
    this.hostOverrides = hostOverrides;
    this.browseOn = browseOn;
  }

  @Override
  public void start(Stage stage) {
    Clock clock = Clock.systemUTC();
    Settings settings = Settings.load(dirs.config().resolve("settings.json"));
    client =
        new Session(
            Session::defaultHttp,
            Platform::runLater,
            ReconnectPolicy.standard(),
            settings,
            dirs.data().resolve("outbox"),
            clock);
    host = new LocalServerHost(dirs.data().resolve("hosted-server"), hostOverrides);
    tray =
        new AppTray(
            new AppTray.Actions(() -> Screens.raise(stage), Platform::exit), Platform::runLater);
    ToastNotifier toasts = new ToastNotifier(stage);
    notifier =
        notificationsInWindowOnly()
            ? ChosenNotifier.inWindowOnly(toasts)
            : ChosenNotifier.forThisDesktop(tray, toasts, Platform::runLater, background);
    screens =
        new Screens(
            stage,
            client,
            host,
            settings,
            background,
            clock,
            getHostServices()::showDocument,
            browseOn,
            notifier,
            tray,
            dirs);
    StartupReport.watch(stage, System.getenv(), System.out);
    screens.start();
  }

  @Override
  public void stop() {
    if (screens != null) {
      screens.close();
    }
    if (client != null) {
      client.close();
    }
    if (notifier != null) {
      notifier.close();
    }
    if (tray != null) {
      tray.close();
    }
    try {
      if (host != null) {
        host.stop();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("interrupted while stopping the hosted server");
    }
    background.shutdown();
  }
}
