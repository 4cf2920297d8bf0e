package chat.client.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.config.Settings.Switch;
import chat.client.discovery.FoundServer;
import chat.client.host.LocalServerHost;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Ports;
import chat.client.support.Waits;
import chat.protocol.discovery.ServiceRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectViewModelTest {

  @TempDir Path dir;
  private Settings settings;
  private Session client;
  private LocalServerHost host;
  private final AtomicInteger connected = new AtomicInteger();
  private ConnectViewModel connect;

  @BeforeEach
  void start() {
    settings = Settings.load(dir.resolve("settings.json"));
    client = Clients.standard(settings, dir);
    host =
        new LocalServerHost(dir.resolve("hosted"), Map.of("HOST", "127.0.0.1", "BCRYPT_COST", "4"));
    connect =
        new ConnectViewModel(
            client,
            host,
            settings,
            Executors.newVirtualThreadPerTaskExecutor(),
            Runnable::run,
            connected::incrementAndGet);
  }

  @AfterEach
  void stop() throws InterruptedException {
    client.close();
    host.stop();
  }

  @Test
  void anAddressThatIsNoneIsExplained() {
    connect.connecting().addressProperty().set("not an address");

    connect.connecting().connect();

    assertThat(connect.connecting().errorProperty().get()).contains("not a server address");
    assertThat(connected).hasValue(0);
  }

  @Test
  void aServerThatDoesNotAnswerIsExplained() throws IOException {
    int port = Ports.closed();
    connect.connecting().addressProperty().set("127.0.0.1:" + port);

    connect.connecting().connect();

    Waits.until("the error", () -> !connect.connecting().errorProperty().get().isEmpty());
    assertThat(connect.connecting().errorProperty().get())
        .isEqualTo("Nothing answers at 127.0.0.1:" + port + ".");
    assertThat(connect.connecting().busyProperty().get()).isFalse();
  }

  @Test
  void aServerThatAnswersMovesOn() {
    try (LiveServer server = LiveServer.start(dir.resolve("server"))) {
      connect.connecting().addressProperty().set(server.address());

      connect.connecting().connect();

      Waits.until("connected", () -> connected.get() == 1);
      assertThat(client.serverInfo().name()).isEqualTo("Test chat");
    }
  }

  @Test
  void hostingStartsAServerOnTheChosenPortsAndConnectsToIt() throws IOException {
    List<Integer> ports = Ports.free(2);
    int httpPort = ports.get(0);
    int wsPort = ports.get(1);
    connect.hosting().httpPortProperty().set(Integer.toString(httpPort));
    connect.hosting().wsPortProperty().set(Integer.toString(wsPort));

    connect.hosting().hostHere();

    Waits.until("connected", () -> connected.get() == 1);
    assertThat(connect.hosting().statusProperty().get()).contains(":" + httpPort);
    assertThat(connect.connecting().addressProperty().get())
        .isEqualTo("https://127.0.0.1:" + httpPort);
    assertThat(connect.connecting().certificateCheckProperty().get())
        .as("the app trusts the server it hosts without asking")
        .isNull();
    String fingerprint = host.hosted().tlsFingerprint().orElseThrow();
    assertThat(settings.pinnedCertificate("127.0.0.1:" + httpPort)).contains(fingerprint);
    assertThat(connect.hosting().statusProperty().get().replace("\n", ""))
        .as("the host shows the fingerprint others will be asked to check")
        .contains(fingerprint);
    assertThat(settings.hostPorts()).isEqualTo(new Settings.HostPorts(httpPort, wsPort));
  }

  @Test
  void hostingHereIsRememberedForTheNextStart() throws IOException {
    List<Integer> ports = Ports.free(2);
    connect.hosting().httpPortProperty().set(Integer.toString(ports.get(0)));
    connect.hosting().wsPortProperty().set(Integer.toString(ports.get(1)));

    connect.hosting().hostHere();

    Waits.until("connected", () -> connected.get() == 1);
    assertThat(settings.isOn(Switch.HOSTED_LAST_TIME)).isTrue();
  }

  @Test
  void anAppThatHostedLastTimeHostsAgainOnTheSavedPorts() throws IOException {
    List<Integer> ports = Ports.free(2);
    Settings.HostPorts saved = new Settings.HostPorts(ports.get(0), ports.get(1));
    settings.setHostPorts(saved);
    settings.set(Switch.HOSTED_LAST_TIME, true);
    ConnectViewModel restarted =
        new ConnectViewModel(
            client,
            host,
            settings,
            Executors.newVirtualThreadPerTaskExecutor(),
            Runnable::run,
            connected::incrementAndGet);

    assertThat(restarted.hosting().hostAgainIfHostedLastTime()).isTrue();

    Waits.until("connected", () -> connected.get() == 1);
    assertThat(new Settings.HostPorts(host.hosted().httpPort(), host.hosted().wsPort()))
        .isEqualTo(saved);
    assertThat(restarted.connecting().addressProperty().get())
        .isEqualTo("https://127.0.0.1:" + saved.httpPort());
  }

  @Test
  void anAppHostsOnStartOnlyIfItHostedLastTimeAndTheSettingAllowsIt() {
    assertThat(connect.hosting().hostAgainIfHostedLastTime()).as("it did not host").isFalse();

    settings.set(Switch.HOSTED_LAST_TIME, true);
    settings.set(Switch.HOST_ON_START, false);

    assertThat(connect.hosting().hostAgainIfHostedLastTime()).as("the setting is off").isFalse();
    assertThat(host.hosted()).isNull();
  }

  @Test
  void aBadPortIsExplained() {
    connect.hosting().httpPortProperty().set("70000");

    connect.hosting().hostHere();

    assertThat(connect.connecting().errorProperty().get()).contains("1 to 65535");
  }

  @Test
  void serversFoundOnTheNetworkComeAndGo() {
    FoundServer office = found("office", "Office", "10.0.0.5");
    FoundServer lab = found("lab", "Lab", "10.0.0.6");
    FoundServer officeMoved = found("office", "Office", "10.0.0.9");

    connect.nearby().found(office);
    connect.nearby().found(lab);
    assertThat(connect.nearby().servers()).containsExactly(office, lab);

    connect.nearby().found(officeMoved);
    assertThat(connect.nearby().servers()).containsExactly(officeMoved, lab);

    connect.nearby().lost("office");
    assertThat(connect.nearby().servers()).containsExactly(lab);

    connect.nearby().lost("never-found");
    connect.nearby().lost("lab");
    assertThat(connect.nearby().servers()).isEmpty();
  }

  @Test
  void findingsReachTheListOnlyThroughTheFxExecutor() {
    Queue<Runnable> fx = new ArrayDeque<>();
    ConnectViewModel onFx =
        new ConnectViewModel(client, host, settings, Runnable::run, fx::add, () -> {});
    FoundServer office = found("office", "Office", "10.0.0.5");

    onFx.nearby().found(office);
    assertThat(onFx.nearby().servers()).isEmpty();
    fx.remove().run();
    assertThat(onFx.nearby().servers()).containsExactly(office);

    onFx.nearby().lost("office");
    assertThat(onFx.nearby().servers()).containsExactly(office);
    fx.remove().run();
    assertThat(onFx.nearby().servers()).isEmpty();
  }

  @Test
  void choosingAFoundServerFillsInItsAddress() {
    connect.connecting().choose(found("office", "Office", "10.0.0.5"));
    assertThat(connect.connecting().addressProperty().get()).isEqualTo("10.0.0.5:5000");

    connect
        .connecting()
        .choose(
            new FoundServer(
                "secure",
                new ServiceRecord("Secure", "1", 1, 5443, 5444, Optional.of("ab".repeat(32))),
                "10.0.0.7"));
    assertThat(connect.connecting().addressProperty().get()).isEqualTo("https://10.0.0.7:5443");
  }

  @Test
  void aFoundServerIsConnectedToLikeATypedOne() {
    try (LiveServer server = LiveServer.start(dir.resolve("server"))) {
      String[] hostAndPort = server.address().split(":");
      connect
          .connecting()
          .choose(
              new FoundServer(
                  "live",
                  new ServiceRecord(
                      "Test chat", "1", 1, Integer.parseInt(hostAndPort[1]), 1, Optional.empty()),
                  hostAndPort[0]));

      connect.connecting().connect();

      Waits.until("connected", () -> connected.get() == 1);
      assertThat(client.serverInfo().name()).isEqualTo("Test chat");
    }
  }

  private static FoundServer found(String key, String name, String host) {
    return new FoundServer(
        key, new ServiceRecord(name, "1", 1, 5000, 5001, Optional.empty()), host);
  }
}
