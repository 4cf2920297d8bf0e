package chat.client.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.discovery.ServiceRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jmdns.ServiceInfo;
import org.junit.jupiter.api.Test;

/**
 * The browser without a network: how it reads an announcement it resolved (built here as JmDNS
 * builds it), and that browsing nowhere creates nothing. Finding real servers is {@link
 * LanDiscoveryTest}'s job.
 */
class ServerBrowserTest {

  private static final Map<String, String> GOOD =
      new ServiceRecord("Office", "1.0", 1, 5000, 5001, Optional.empty()).toTxt();

  @Test
  void anAnnouncementThatIsNotOursIsRefusedByItsRecord() {
    Map<String, String> txt = new HashMap<>(GOOD);
    txt.remove("http");

    assertThatThrownBy(() -> ServerBrowser.read(announcement(txt)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("http is missing");
  }

  @Test
  void anAnnouncementWithoutAnAddressIsRefused() {
    assertThatThrownBy(() -> ServerBrowser.read(announcement(GOOD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the announcement has no address");
  }

  @Test
  void anotherServicesRecordIsRefused() {
    assertThatThrownBy(() -> ServerBrowser.read(announcement(Map.of("path", "/printer"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("txtvers is missing");
  }

  /** What the UI tests' app does: it must not open a socket, let alone multicast. */
  @Test
  void browsingNowhereCreatesNothing() {
    ServerBrowser browser =
        ServerBrowser.start(
            List.of(),
            new ServerBrowser.Listener() {
              @Override
              public void found(FoundServer server) {}

              @Override
              public void lost(String key) {}
            });

    assertThat(mdnsThreads()).isZero();
    browser.close();
    browser.close();
  }

  private static long mdnsThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith("JmDNS") || name.startsWith("mdns-"))
        .count();
  }

  private static ServiceInfo announcement(Map<String, String> txt) {
    return ServiceInfo.create(ServiceRecord.SERVICE_TYPE, "Office", 5000, 0, 0, txt);
  }
}
