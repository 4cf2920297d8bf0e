package chat.server.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.server.support.TestServer;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a server announces itself, and above all where it does not: the suite's servers listen on
 * loopback and must never multicast. Nothing here sends a packet; the announcing itself is tested
 * between two network namespaces (client-desktop's {@code LanDiscoveryTest}).
 */
class AnnouncingPlacesTest {

  @TempDir Path dataDir;

  @Test
  void aServerOnLoopbackAnnouncesNowhereEvenWithDiscoveryOn() throws Exception {
    try (ChatServer server = start(Map.of("DISCOVERY", "on"))) {
      assertThat(server.announcedOn()).isEmpty();
      assertThat(mdnsThreads()).isZero();
    }
  }

  @Test
  void discoveryOffAnnouncesNowhere() throws Exception {
    try (ChatServer server = start(Map.of("DISCOVERY", "off"))) {
      assertThat(server.announcedOn()).isEmpty();
      assertThat(mdnsThreads()).isZero();
    }
  }

  @Test
  void loopbackIsNeverAPlaceToAnnounce() {
    assertThat(LanAddresses.forAnnouncing("127.0.0.1")).isEmpty();
    assertThat(LanAddresses.forAnnouncing("::1")).isEmpty();
    assertThat(LanAddresses.forAnnouncing("localhost")).isEmpty();
  }

  @Test
  void oneListeningAddressIsTheOnePlace() throws Exception {
    assertThat(LanAddresses.forAnnouncing("10.213.0.1"))
        .containsExactly(InetAddress.getByName("10.213.0.1"));
  }

  @Test
  void aWildcardHostAnnouncesOnEveryMulticastCapableLanAddress() {
    assertThat(LanAddresses.forAnnouncing("0.0.0.0"))
        .isEqualTo(LanAddresses.forBrowsing())
        .allSatisfy(a -> assertThat(a.isLoopbackAddress()).isFalse())
        .isSubsetOf(LanAddresses.find());
  }

  private ChatServer start(Map<String, String> settings) throws Exception {
    Map<String, String> env = new HashMap<>(TestServer.environment(dataDir));
    env.putAll(settings);
    return ChatServer.start(ServerConfig.fromEnvironment(env));
  }

  /** JmDNS names its threads after itself; the announcer's worker is "mdns-announcer". */
  private static long mdnsThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith("JmDNS") || name.startsWith("mdns-"))
        .count();
  }
}
