package chat.client.ui.host;

import chat.client.config.Settings;
import chat.client.host.LocalServerHost;
import chat.client.net.ReconnectPolicy;
import chat.client.net.Session;
import chat.client.support.TrayClicks;
import chat.client.support.Waits;
import chat.client.tray.AppTray;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Hosting with a real tray, in a JVM of its own (AWT must not be headless there) on the display
 * {@code DISPLAY} names: hosts a server, closes the window, opens it from the tray's menu, closes
 * it again and stops hosting from the menu. Prints one line per step for {@link TrayHostingTest}.
 */
final class TrayProbe {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private TrayProbe() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Platform.startup(() -> {});
    Settings settings = Settings.load(dir.resolve("settings.json"));
    Session client =
        new Session(
            Session::defaultHttp,
            Platform::runLater,
            ReconnectPolicy.standard(),
            settings,
            dir.resolve("outbox"),
            Clock.systemUTC());
    LocalServerHost host =
        new LocalServerHost(
            dir.resolve("hosted"),
            Map.of("HOST", "127.0.0.1", "BCRYPT_COST", "4", "DISCOVERY", "off", "TLS", "off"));
    CountDownLatch exited = new CountDownLatch(1);
    Stage stage =
        onFx(
            () -> {
              Stage window = new Stage();
              window.setScene(new Scene(new Pane(), 320, 200));
              window.show();
              return window;
            });
    AppTray tray =
        new AppTray(
            new AppTray.Actions(
                () -> {
                  stage.show();
                  stage.toFront();
                },
                exited::countDown),
            Platform::runLater);
    onFx(
        () -> {
          BackgroundHosting installed =
              new BackgroundHosting(
                  stage,
                  new Hosting(
                      host,
                      client,
                      settings,
                      Executors.newVirtualThreadPerTaskExecutor(),
                      Platform::runLater),
                  tray,
                  Executors.newVirtualThreadPerTaskExecutor(),
                  exited::countDown);
          installed.install();
          return installed;
        });
    Waits.until("a tray on the display", WAIT, SystemTray::isSupported);

    int port = host.start(0, 0).httpPort();
    Waits.until("the tray icon", WAIT, () -> tray.icon().isPresent());
    TrayIcon icon = tray.icon().orElseThrow();
    say("tray icon shown, menu: " + TrayClicks.menu(icon));

    closeWindow(stage);
    Waits.until("the window hidden", WAIT, () -> !showing(stage));
    say("window closed, server answers: " + answers(port));

    TrayClicks.choose(icon, "Open");
    Waits.until("the window open", WAIT, () -> showing(stage));
    say("opened from the tray");

    closeWindow(stage);
    Waits.until("the window hidden again", WAIT, () -> !showing(stage));
    TrayClicks.choose(icon, "Stop hosting");
    boolean quit = exited.await(WAIT.toSeconds(), TimeUnit.SECONDS);
    Waits.until("the icon gone", WAIT, () -> SystemTray.getSystemTray().getTrayIcons().length == 0);
    say(
        "stopped from the tray: quit "
            + quit
            + ", server answers: "
            + answers(port)
            + ", tray icon gone");
    client.close();
    System.exit(0);
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }

  private static void closeWindow(Stage stage) throws Exception {
    onFx(
        () -> {
          stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
          return null;
        });
  }

  private static boolean showing(Stage stage) {
    try {
      return onFx(stage::isShowing);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static boolean answers(int port) {
    try {
      return HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/info"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }
}
