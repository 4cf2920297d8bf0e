package chat.client.ui.host;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.config.Settings.Switch;
import chat.client.host.LocalServerHost;
import chat.client.host.LocalServerHost.Hosted;
import chat.client.net.ServerAddress;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.Peer;
import chat.client.support.TrustingHttp;
import chat.client.support.Waits;
import chat.protocol.CertificateFingerprint;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host panel against a real hosted server (TLS on, loopback only) and real second clients. */
class HostPanelViewModelTest {

  @TempDir Path dir;
  private Settings settings;
  private Session client;
  private LocalServerHost host;
  private Hosting hosting;
  private final List<Peer> peers = new ArrayList<>();
  private final AtomicInteger closed = new AtomicInteger();

  @BeforeEach
  void hostAServer() throws Exception {
    settings = Settings.load(dir.resolve("settings.json"));
    client = Clients.standard(settings, dir);
    host =
        new LocalServerHost(
            dir.resolve("hosted"),
            Map.of(
                "HOST",
                "127.0.0.1",
                "BCRYPT_COST",
                "4",
                "DISCOVERY",
                "off",
                "REGISTRATION",
                "open"));
    host.start(0, 0);
    hosting =
        new Hosting(
            host, client, settings, Executors.newVirtualThreadPerTaskExecutor(), Runnable::run);
  }

  @AfterEach
  void stop() throws InterruptedException {
    peers.forEach(Peer::close);
    client.close();
    hosting.close();
    host.stop();
  }

  @Test
  void showsTheAddressesToShareWithThePortAndTheFingerprintInHexPairs() {
    Hosted hosted = host.hosted();
    HostPanelViewModel panel = panel(Clock.systemUTC());

    assertThat(panel.addresses())
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a).startsWith("https://").endsWith(":" + hosted.httpPort()));
    assertThat(panel.fingerprint())
        .isEqualTo(CertificateFingerprint.inTwoLines(hosted.tlsFingerprint().orElseThrow()))
        .matches("(?s)([0-9A-F]{2}:){16}\n([0-9A-F]{2}:){15}[0-9A-F]{2}");
  }

  @Test
  void listsThePeopleConnectedOtherThanTheUser() {
    signInAs("alice");
    Waits.until("alice connected", () -> host.connectedUsernames().contains("alice"));
    Peer bob = connect("bob");
    connect("carol");
    HostPanelViewModel panel = panel(Clock.systemUTC());

    refreshUntil(panel, List.of("bob", "carol"));
    assertThat(panel.peopleTitleProperty().get()).isEqualTo("2 people connected");

    bob.close();
    refreshUntil(panel, List.of("carol"));
    assertThat(panel.peopleTitleProperty().get()).isEqualTo("1 person connected");
  }

  @Test
  void uptimeCountsFromWhenHostingStarted() {
    Clock later =
        Clock.fixed(host.hosted().startedAt().plus(Duration.ofMinutes(125)), ZoneOffset.UTC);

    assertThat(panel(later).uptimeProperty().get()).isEqualTo("Up for 2 h 5 min");
  }

  @Test
  void stoppingWhileOthersAreConnectedAsksFirst() {
    settings.set(Switch.HOSTED_LAST_TIME, true);
    connect("bob");
    HostPanelViewModel panel = panel(Clock.systemUTC());
    refreshUntil(panel, List.of("bob"));

    panel.stop();
    assertThat(panel.questionProperty().get()).isEqualTo("Stop hosting for 1 person connected?");
    panel.cancelStop();
    assertThat(panel.questionProperty().get()).isEmpty();
    assertThat(host.hosted()).as("still hosting after 'keep hosting'").isNotNull();

    panel.stop();
    panel.confirmStop();
    Waits.until("the panel closed", () -> closed.get() == 1);
    assertThat(host.hosted()).isNull();
    assertThat(settings.isOn(Switch.HOSTED_LAST_TIME))
        .as("the user stopped it: no hosting on start")
        .isFalse();
  }

  @Test
  void stoppingWithNobodyElseConnectedStopsAtOnce() {
    signInAs("alice");
    HostPanelViewModel panel = panel(Clock.systemUTC());

    panel.stop();

    Waits.until("the panel closed", () -> closed.get() == 1);
    assertThat(panel.questionProperty().get()).isEmpty();
    assertThat(host.hosted()).isNull();
  }

  private HostPanelViewModel panel(Clock clock) {
    return new HostPanelViewModel(hosting, clock, closed::incrementAndGet);
  }

  private static void refreshUntil(HostPanelViewModel panel, List<String> people) {
    Waits.until(
        "connected: " + people,
        () -> {
          panel.refresh();
          return panel.people().equals(people);
        });
  }

  /** This app's own user, signed in to the server it hosts, as "Host a server" leaves it. */
  private void signInAs(String username) {
    Hosted hosted = host.hosted();
    ServerAddress address = ServerAddress.parse(hosted.localAddress());
    settings.pinCertificate(address.hostPort(), hosted.tlsFingerprint().orElseThrow());
    client.probe(address).join();
    client.register(username, "password123").join();
  }

  private Peer connect(String username) {
    Hosted hosted = host.hosted();
    HttpClient trusting = TrustingHttp.of(dir.resolve("hosted").resolve("tls").resolve("cert.pem"));
    Peer peer =
        Peer.register(
            trusting,
            "https://127.0.0.1:" + hosted.httpPort(),
            "wss://127.0.0.1:" + hosted.wsPort() + "/ws",
            username);
    peers.add(peer);
    return peer;
  }
}
