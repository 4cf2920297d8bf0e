package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.support.LiveServer;
import chat.client.support.Waits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that stops gracefully says it is going away ({@code 1001}); the app, with its standard
 * policy, keeps trying every second or two instead of backing off to half a minute.
 */
class ReconnectAfterRestartTest {

  @TempDir Path dir;
  private LiveServer server;
  private Session client;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void signIn() {
    server = LiveServer.start(dir.resolve("server"));
    client =
        new Session(
            Session::defaultHttp,
            Runnable::run,
            ReconnectPolicy.standard(),
            Settings.load(dir.resolve("settings.json")),
            dir.resolve("outbox"),
            Clock.systemUTC());
    client.probe(ServerAddress.parse(server.address())).join();
    client.register("alice", "password123").join();
    Waits.until("connected", () -> client.statusProperty().get().connected());
    client
        .statusProperty()
        .addListener(
            (obs, was, now) -> {
              if (now.phase() == ConnectionStatus.Phase.WAITING) {
                waits.add(Duration.between(Instant.now(), now.retryAt()));
              }
            });
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void whileAServerThatSaidItWasGoingAwayIsDownTheAppRetriesAtLeastEveryTwoSeconds() {
    server.stop();

    Waits.until("five attempts", Duration.ofSeconds(30), () -> waits.size() >= 5);

    assertThat(waits)
        .allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    server.restart();
    Waits.until("connected again", () -> client.statusProperty().get().connected());
  }
}
