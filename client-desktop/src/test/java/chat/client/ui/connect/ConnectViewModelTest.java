package chat.client.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.host.LocalServerHost;
import chat.client.net.ChatClient;
import chat.client.net.ReconnectPolicy;
import chat.client.support.LiveServer;
import chat.client.support.Waits;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectViewModelTest {

  @TempDir Path dir;
  private Settings settings;
  private ChatClient client;
  private LocalServerHost host;
  private final AtomicInteger connected = new AtomicInteger();
  private ConnectViewModel connect;

  @BeforeEach
  void start() {
    settings = Settings.load(dir.resolve("settings.json"));
    client =
        new ChatClient(
            ChatClient.defaultHttp(),
            Runnable::run,
            ReconnectPolicy.standard(),
            settings,
            dir.resolve("outbox"),
            Clock.systemUTC());
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
    connect.addressProperty().set("not an address");

    connect.connect();

    assertThat(connect.errorProperty().get()).contains("not a server address");
    assertThat(connected).hasValue(0);
  }

  @Test
  void aServerThatDoesNotAnswerIsExplained() throws IOException {
    connect.addressProperty().set("127.0.0.1:" + freePort());

    connect.connect();

    Waits.until("the error", () -> !connect.errorProperty().get().isEmpty());
    assertThat(connect.errorProperty().get()).startsWith("Cannot reach 127.0.0.1");
    assertThat(connect.busyProperty().get()).isFalse();
  }

  @Test
  void aServerThatAnswersMovesOn() {
    try (LiveServer server = LiveServer.start(dir.resolve("server"))) {
      connect.addressProperty().set(server.address());

      connect.connect();

      Waits.until("connected", () -> connected.get() == 1);
      assertThat(client.serverInfo().name()).isEqualTo("Test chat");
    }
  }

  @Test
  void hostingStartsAServerOnTheChosenPortsAndConnectsToIt() throws IOException {
    int httpPort = freePort();
    int wsPort = freePort();
    connect.hostHttpPortProperty().set(Integer.toString(httpPort));
    connect.hostWsPortProperty().set(Integer.toString(wsPort));

    connect.hostHere();

    Waits.until("connected", () -> connected.get() == 1);
    assertThat(connect.hostStatusProperty().get()).contains(":" + httpPort);
    assertThat(connect.addressProperty().get()).isEqualTo("https://127.0.0.1:" + httpPort);
    assertThat(connect.certificateCheckProperty().get())
        .as("the app trusts the server it hosts without asking")
        .isNull();
    String fingerprint = host.hosted().tlsFingerprint().orElseThrow();
    assertThat(settings.pinnedCertificate("127.0.0.1:" + httpPort)).contains(fingerprint);
    assertThat(connect.hostStatusProperty().get().replace("\n", ""))
        .as("the host shows the fingerprint others will be asked to check")
        .contains(fingerprint);
    assertThat(settings.hostPorts()).isEqualTo(new Settings.HostPorts(httpPort, wsPort));
  }

  @Test
  void aBadPortIsExplained() {
    connect.hostHttpPortProperty().set("70000");

    connect.hostHere();

    assertThat(connect.errorProperty().get()).contains("1 to 65535");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
