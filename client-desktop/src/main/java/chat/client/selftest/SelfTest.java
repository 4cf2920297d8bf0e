package chat.client.selftest;

import chat.client.app.ChatApp;
import chat.client.config.AppDirs;
import chat.client.config.Settings;
import chat.client.host.LocalServerHost;
import chat.client.net.ClientEvent;
import chat.client.net.ReconnectPolicy;
import chat.client.net.ServerAddress;
import chat.client.net.Session;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What {@code --self-test} checks in an installed app: the app's first window opens, the app hosts
 * its embedded server on loopback, and a message sent by one of the app's clients reaches another
 * through the server's socket. Every file lives under {@code workDir}; the JavaFX toolkit must be
 * running. Each step waits at most {@link #STEP_TIMEOUT_SECONDS}.
 */
public final class SelfTest {

  /** How long one step may take before the self-test gives up. */
  public static final long STEP_TIMEOUT_SECONDS = 20;

  private static final String PASSWORD = "self-test password";
  private static final String TEXT = "self-test message";

  /**
   * The measured times, in milliseconds.
   *
   * @param firstWindow from the start instant given to the self-test to the first window shown
   * @param hostStart to start the embedded server
   * @param roundTrip from one client's send to the other client's receipt
   */
  public record Report(long firstWindow, long hostStart, long roundTrip) {

    /** One line per figure, as the installer test reads them. */
    public String summary() {
      return "self-test: first window shown "
          + firstWindow
          + " ms after the JVM started\n"
          + "self-test: embedded server started in "
          + hostStart
          + " ms\n"
          + "self-test: message sent and received through the socket in "
          + roundTrip
          + " ms";
    }
  }

  private final Path workDir;
  private final long startMillis;

  /**
   * @param startMillis the epoch milliseconds the first-window time counts from
   */
  public SelfTest(Path workDir, long startMillis) {
    this.workDir = workDir;
    this.startMillis = startMillis;
  }

  /**
   * Runs every step, cleaning up the window, clients and server whatever happens. The window comes
   * first, so that nothing else delays it.
   *
   * @throws SelfTestFailure naming the step that failed
   */
  public Report run() throws InterruptedException {
    Stage[] window = new Stage[1];
    // Its window looks for servers nowhere: a self-test is no reason to multicast on the network.
    ChatApp app = new ChatApp(AppDirs.under(workDir.resolve("app")), Map.of(), List::of);
    LocalServerHost host =
        new LocalServerHost(
            workDir.resolve("server"),
            // Open registration: the check is the round trip, not the invite.
            Map.of("HOST", "127.0.0.1", "BCRYPT_COST", "4", "REGISTRATION", "open"));
    try {
      long shownAt = showWindow(app, window);
      Settings aliceSettings = settings("alice");
      Settings bobSettings = settings("bob");
      try (Session alice = client("alice", aliceSettings);
          Session bob = client("bob", bobSettings)) {
        long hostStarted = System.currentTimeMillis();
        LocalServerHost.Hosted hosted = startHost(host);
        long hostStart = System.currentTimeMillis() - hostStarted;
        ServerAddress address = ServerAddress.parse(hosted.localAddress());
        // As the app does for the server it hosts: its own certificate is trusted without asking.
        hosted
            .tlsFingerprint()
            .ifPresent(
                fingerprint -> {
                  aliceSettings.pinCertificate(address.hostPort(), fingerprint);
                  bobSettings.pinCertificate(address.hostPort(), fingerprint);
                });
        signUp(alice, address, "alice");
        signUp(bob, address, "bob");
        long roundTrip = exchangeMessage(alice, bob);
        return new Report(shownAt - startMillis, hostStart, roundTrip);
      }
    } finally {
      host.stop();
      Platform.runLater(
          () -> {
            if (window[0] != null) {
              window[0].close();
            }
            app.stop();
          });
    }
  }

  private long showWindow(ChatApp app, Stage[] window) throws InterruptedException {
    CompletableFuture<Long> shown = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            Stage stage = new Stage();
            window[0] = stage;
            stage.addEventHandler(
                WindowEvent.WINDOW_SHOWN, e -> shown.complete(System.currentTimeMillis()));
            app.start(stage);
          } catch (RuntimeException | LinkageError e) {
            shown.completeExceptionally(e);
          }
        });
    return await("the first window to show", shown);
  }

  private static LocalServerHost.Hosted startHost(LocalServerHost host)
      throws InterruptedException {
    try {
      return host.start(0, 0);
    } catch (Exception e) {
      throw new SelfTestFailure("the embedded server did not start", e);
    }
  }

  private static void signUp(Session client, ServerAddress address, String username)
      throws InterruptedException {
    await(username + " to reach the server", client.probe(address));
    await(username + " to register", client.register(username, PASSWORD));
    CompletableFuture<Void> connected = new CompletableFuture<>();
    client
        .statusProperty()
        .subscribe(
            status -> {
              if (status.connected()) {
                connected.complete(null);
              }
            });
    await(username + "'s socket to connect", connected);
  }

  /** Alice creates a room that Bob joins, then sends; returns the milliseconds until Bob has it. */
  private static long exchangeMessage(Session alice, Session bob) throws InterruptedException {
    Room room =
        await(
                "alice to create a room",
                alice.request(
                    id -> new RoomCreate(id, "self-test", RoomVisibility.PUBLIC, null),
                    RoomResult.class))
            .room();
    await(
        "bob to join the room",
        bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class));
    CompletableFuture<Long> received = new CompletableFuture<>();
    bob.addListener(
        event -> {
          if (event instanceof ClientEvent.MessageArrived(var message)
              && TEXT.equals(message.content())) {
            received.complete(System.currentTimeMillis());
          }
        });
    long sent = System.currentTimeMillis();
    alice.outgoing().send(room.roomId(), TEXT);
    return await("bob to receive alice's message", received) - sent;
  }

  private Settings settings(String name) {
    return Settings.load(workDir.resolve(name).resolve("settings.json"));
  }

  private Session client(String name, Settings settings) {
    return new Session(
        Session::defaultHttp,
        Runnable::run,
        ReconnectPolicy.standard(),
        settings,
        workDir.resolve(name).resolve("outbox"),
        Clock.systemUTC());
  }

  private static <T> T await(String what, Future<T> future) throws InterruptedException {
    try {
      return future.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new SelfTestFailure(
          "timed out after " + STEP_TIMEOUT_SECONDS + " s waiting for " + what, e);
    } catch (ExecutionException e) {
      throw new SelfTestFailure("failed waiting for " + what, e.getCause());
    }
  }
}
