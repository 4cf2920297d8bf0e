package chat.client;

import chat.client.config.AppDirs;
import chat.client.config.Settings;
import chat.client.host.LocalServerHost;
import chat.client.net.ChatClient;
import chat.client.net.ReconnectPolicy;
import chat.client.ui.Screens;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app, wired by hand: settings, the client, the server host and the screens. On exit
 * the socket closes and a hosted server stops cleanly.
 */
public final class ChatApp extends Application {

  private static final Logger log = LoggerFactory.getLogger(ChatApp.class);

  private final AppDirs dirs;
  private final Map<String, String> hostOverrides;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
  private ChatClient client;
  private LocalServerHost host;

  /** The app as installed: the user's own folders. */
  public ChatApp() {
    this(AppDirs.forUser(), Map.of());
  }

  /**
   * @param hostOverrides settings for a hosted server that replace the defaults (tests)
   */
  public ChatApp(AppDirs dirs, Map<String, String> hostOverrides) {
    this.dirs = dirs;
    this.hostOverrides = hostOverrides;
  }

  @Override
  public void start(Stage stage) {
    Clock clock = Clock.systemUTC();
    Settings settings = Settings.load(dirs.config().resolve("settings.json"));
    client =
        new ChatClient(
            ChatClient.defaultHttp(),
            Platform::runLater,
            ReconnectPolicy.standard(),
            settings,
            dirs.data().resolve("outbox"),
            clock);
    host = new LocalServerHost(dirs.data().resolve("hosted-server"), hostOverrides);
    new Screens(stage, client, host, settings, background, clock, getHostServices()::showDocument)
        .start();
  }

  @Override
  public void stop() {
    if (client != null) {
      client.close();
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
