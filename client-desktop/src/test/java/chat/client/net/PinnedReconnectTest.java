package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.support.LiveServer;
import chat.client.support.Waits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed-in client reconnecting over TLS: every reconnect, socket and token refresh alike, is
 * held to the pinned certificate, not just the first connection.
 */
class PinnedReconnectTest {

  @TempDir Path dir;
  private LiveServer server;
  private Session client;
  private final AtomicInteger connects = new AtomicInteger();

  @BeforeEach
  void signIn() {
    server = LiveServer.startTls(dir.resolve("server"));
    Settings settings = Settings.load(dir.resolve("settings.json"));
    ServerAddress address = ServerAddress.parse(server.address());
    settings.pinCertificate(address.hostPort(), server.fingerprint());
    client =
        new Session(
            Session::defaultHttp,
            Runnable::run,
            new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(300), () -> 0.5),
            settings,
            dir.resolve("outbox"),
            Clock.systemUTC());
    client.probe(address).join();
    client.register("alice", "password123").join();
    Waits.until("connected", () -> client.statusProperty().get().connected());
    client
        .statusProperty()
        .addListener(
            (obs, was, now) -> {
              if (now.connected()) {
                connects.incrementAndGet();
              }
            });
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void theServerBackWithItsCertificateIsRejoined() {
    server.stop();
    server.restart();

    Waits.until("connected again", () -> connects.get() == 1);
  }

  @Test
  void theServerBackWithAnotherCertificateIsNeverTalkedTo() {
    server.restartWithNewCertificate();

    Waits.until(
        "the reconnect refused",
        () ->
            client.statusProperty().get().phase() == ConnectionStatus.Phase.CERTIFICATE_CHANGED
                || connects.get() > 0);

    assertThat(connects).as("never connected to the new certificate").hasValue(0);
    assertThat(client.statusProperty().get()).isEqualTo(ConnectionStatus.CERTIFICATE_CHANGED);
    assertThat(server.requestsServed()).as("no token refresh or other request").isZero();
  }
}
