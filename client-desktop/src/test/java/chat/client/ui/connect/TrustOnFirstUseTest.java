package chat.client.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.discovery.FoundServer;
import chat.client.host.LocalServerHost;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Waits;
import chat.protocol.discovery.ServiceRecord;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trust on first use against a real server over real TLS: the connect screen asks on first use,
 * connects without asking once the certificate is pinned, and refuses a swapped certificate before
 * anything reaches the server.
 */
class TrustOnFirstUseTest {

  private static final String PASSWORD = "password123";

  @TempDir Path dir;
  private LiveServer server;
  private Settings settings;
  private Session client;
  private LocalServerHost host;
  private ConnectViewModel connect;
  private final AtomicInteger connected = new AtomicInteger();

  @BeforeEach
  void start() {
    server = LiveServer.startTls(dir.resolve("server"));
    settings = Settings.load(dir.resolve("settings.json"));
    host = new LocalServerHost(dir.resolve("hosted"), Map.of());
    openApp();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void firstUseShowsTheFingerprintAndConnectsOnlyOnceTrusted() {
    connect.connecting().addressProperty().set(server.address());

    connect.connecting().connect();

    CertificateCheck check = awaitCheck();
    assertThat(check.presented()).isEqualTo(server.fingerprint());
    assertThat(check.changed()).isFalse();
    assertThat(check.message()).contains("First connection to 127.0.0.1:");
    assertThat(connected).hasValue(0);
    assertThat(server.requestsServed()).as("nothing was sent before trusting").isZero();

    connect.connecting().trustCertificate();

    Waits.until("connected", () -> connected.get() == 1);
    assertThat(settings.pinnedCertificate(hostPort())).contains(server.fingerprint());
    assertThat(connect.connecting().certificateCheckProperty().get()).isNull();
    client.register("alice", PASSWORD).join();
    Waits.until("the socket over wss", () -> client.statusProperty().get().connected());
  }

  @Test
  void aPinnedServerIsReconnectedWithoutAsking() {
    trustAndSignUp("alice");
    server.stop();
    server.restart();
    openApp();
    connect.connecting().addressProperty().set(server.address());

    connect.connecting().connect();

    Waits.until("connected", () -> connected.get() == 1);
    assertThat(connect.connecting().certificateCheckProperty().get()).isNull();
    client.login("alice", PASSWORD).join();
    Waits.until("the socket over wss", () -> client.statusProperty().get().connected());
  }

  @Test
  void aSwappedCertificateIsRefusedAndNothingReachesTheServer() {
    String trusted = trustAndSignUp("alice");
    server.restartWithNewCertificate();
    openApp();
    connect.connecting().addressProperty().set(server.address());

    connect.connecting().connect();

    CertificateCheck check = awaitCheck();
    assertThat(check.changed()).isTrue();
    assertThat(check.pinned()).contains(trusted);
    assertThat(check.presented()).isEqualTo(server.fingerprint()).isNotEqualTo(trusted);
    assertThat(check.message())
        .startsWith("The server's certificate has changed")
        .contains("sent no password");

    connect.connecting().trustCertificate();

    assertThat(connected).as("a changed certificate is never trusted in one step").hasValue(0);
    assertThat(settings.pinnedCertificate(hostPort())).contains(trusted);
    assertThat(server.requestsServed()).as("no request, so no password, reached it").isZero();
  }

  @Test
  void forgettingTheOldCertificateAsksAgainAsOnFirstUse() {
    trustAndSignUp("alice");
    server.restartWithNewCertificate();
    openApp();
    connect.connecting().addressProperty().set(server.address());
    connect.connecting().connect();
    awaitCheck();

    connect.connecting().forgetCertificate();

    assertThat(settings.pinnedCertificate(hostPort())).isEmpty();
    assertThat(connect.connecting().errorProperty().get()).contains("was forgotten");
    assertThat(connected).as("forgetting does not connect by itself").hasValue(0);

    connect.connecting().connect();

    CertificateCheck check = awaitCheck();
    assertThat(check.changed()).isFalse();
    assertThat(check.presented()).isEqualTo(server.fingerprint());
  }

  @Test
  void cancellingLeavesTheCertificateUntrusted() {
    connect.connecting().addressProperty().set(server.address());
    connect.connecting().connect();
    awaitCheck();

    connect.connecting().cancelCertificate();

    assertThat(connect.connecting().certificateCheckProperty().get()).isNull();
    assertThat(settings.pinnedCertificate(hostPort())).isEmpty();
    assertThat(connected).hasValue(0);
  }

  @Test
  void theFingerprintAnnouncedOnTheNetworkIsComparedOnFirstUse() {
    connect.connecting().addressProperty().set(server.address());

    connect.connecting().connect(Optional.of(server.fingerprint().toLowerCase().replace(":", "")));

    assertThat(awaitCheck().message()).contains("It matches the fingerprint the server announced");

    String other = String.join(":", Collections.nCopies(32, "00"));
    connect.connecting().connect(Optional.of(other));

    CertificateCheck check = awaitCheck();
    assertThat(check.contradictsAnnouncement()).isTrue();
    assertThat(check.message()).contains("does NOT match").contains(other);
  }

  @Test
  void aServerPickedFromTheNetworkListBringsItsAnnouncedFingerprint() {
    URI http = URI.create(server.address());
    ServiceRecord announced =
        new ServiceRecord(
            "Announced", "1.0.0", 1, http.getPort(), 1, Optional.of(server.fingerprint()));
    connect
        .connecting()
        .choose(new FoundServer("announced._chat._tcp.local.", announced, http.getHost()));

    connect.connecting().connect();

    assertThat(awaitCheck().message()).contains("It matches the fingerprint the server announced");

    connect.connecting().cancelCertificate();
    connect.connecting().addressProperty().set(server.address().replace("127.0.0.1", "localhost"));
    connect.connecting().connect();

    assertThat(awaitCheck().announced()).as("another address typed after picking").isEmpty();
  }

  /** Connects, trusts the certificate and signs up; returns the pinned fingerprint. */
  private String trustAndSignUp(String username) {
    connect.connecting().addressProperty().set(server.address());
    connect.connecting().connect();
    awaitCheck();
    connect.connecting().trustCertificate();
    Waits.until("connected", () -> connected.get() == 1);
    client.register(username, PASSWORD).join();
    client.close();
    connected.set(0);
    return server.fingerprint();
  }

  /** A fresh app on the same settings: a new client and connect screen, as after a restart. */
  private void openApp() {
    client = Clients.standard(settings, dir);
    connect =
        new ConnectViewModel(
            client,
            host,
            settings,
            Executors.newVirtualThreadPerTaskExecutor(),
            Runnable::run,
            connected::incrementAndGet);
  }

  private CertificateCheck awaitCheck() {
    Waits.until(
        "the certificate question, or a connection",
        () -> connect.connecting().certificateCheckProperty().get() != null || connected.get() > 0);
    assertThat(connected).as("connected without asking").hasValue(0);
    return connect.connecting().certificateCheckProperty().get();
  }

  private String hostPort() {
    return server.address().substring("https://".length());
  }
}
