package chat.client.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.discovery.ServiceRecord;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FoundServerTest {

  private static final ServiceRecord PLAIN =
      new ServiceRecord("Office", "1.0", 1, 5000, 5001, Optional.empty());

  @Test
  void itsAddressIsWhatAPersonWouldType() {
    assertThat(new FoundServer("k", PLAIN, "10.0.0.5").address()).isEqualTo("10.0.0.5:5000");
    assertThat(new FoundServer("k", PLAIN, "fe80::1").address()).isEqualTo("[fe80::1]:5000");
  }

  @Test
  void aServerWithTlsIsReachedByHttps() {
    ServiceRecord tls =
        new ServiceRecord("Office", "1.0", 1, 5443, 5444, Optional.of("0".repeat(64)));

    assertThat(new FoundServer("k", tls, "10.0.0.5").address()).isEqualTo("https://10.0.0.5:5443");
  }

  @Test
  void itIsListedByNameAndAddress() {
    assertThat(new FoundServer("k", PLAIN, "10.0.0.5").label()).isEqualTo("Office — 10.0.0.5:5000");
  }
}
