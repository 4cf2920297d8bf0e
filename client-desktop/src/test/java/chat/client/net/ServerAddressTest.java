package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

  @Test
  void whatPeopleTypeBecomesOneAddress() {
    assertThat(ServerAddress.parse("10.0.0.5").url()).isEqualTo("http://10.0.0.5:5000");
    assertThat(ServerAddress.parse(" chat.local:6000 ").url()).isEqualTo("http://chat.local:6000");
    assertThat(ServerAddress.parse("http://10.0.0.5:5000/").url())
        .isEqualTo("http://10.0.0.5:5000");
    assertThat(ServerAddress.parse("HTTPS://example.org").url())
        .isEqualTo("https://example.org:5000");
    assertThat(ServerAddress.parse("[::1]:5000").url()).isEqualTo("http://[::1]:5000");
    assertThat(ServerAddress.parse("10.0.0.5:5000").display()).isEqualTo("10.0.0.5:5000");
  }

  /** Typing the display back must reach the same server, so TLS keeps its scheme. */
  @Test
  void aTlsAddressKeepsItsSchemeOnDisplay() {
    ServerAddress secure = ServerAddress.parse("https://10.0.0.5");

    assertThat(secure.secure()).isTrue();
    assertThat(secure.display()).isEqualTo("https://10.0.0.5:5000");
    assertThat(ServerAddress.parse(secure.display())).isEqualTo(secure);
    assertThat(secure.hostPort()).isEqualTo("10.0.0.5:5000");
    assertThat(ServerAddress.parse("10.0.0.5").secure()).isFalse();
  }

  @Test
  void anAddressWithoutASchemeIsAskedOverTlsFirstThenPlain() {
    assertThat(ServerAddress.candidates(" 192.168.1.5:6000 "))
        .extracting(ServerAddress::url)
        .containsExactly("https://192.168.1.5:6000", "http://192.168.1.5:6000");
    assertThat(ServerAddress.candidates("chat.local"))
        .extracting(ServerAddress::url)
        .containsExactly("https://chat.local:5000", "http://chat.local:5000");
    assertThat(ServerAddress.candidates("[::1]:5000"))
        .extracting(ServerAddress::url)
        .containsExactly("https://[::1]:5000", "http://[::1]:5000");
  }

  @Test
  void aTypedSchemeIsAskedFirstAndTheOtherAfterIt() {
    assertThat(ServerAddress.candidates("http://10.0.0.5:6000"))
        .extracting(ServerAddress::url)
        .containsExactly("http://10.0.0.5:6000", "https://10.0.0.5:6000");
    assertThat(ServerAddress.candidates("HTTPS://10.0.0.5"))
        .extracting(ServerAddress::url)
        .containsExactly("https://10.0.0.5:5000", "http://10.0.0.5:5000");
    assertThatThrownBy(() -> ServerAddress.candidates(" ")).hasMessageContaining("address");
    assertThatThrownBy(() -> ServerAddress.candidates("a b"))
        .hasMessageContaining("not a server address");
  }

  @Test
  void onlyAnAddressTypedWithHttpsRequiresTls() {
    assertThat(ServerAddress.requiresTls(" HTTPS://10.0.0.5")).isTrue();
    assertThat(ServerAddress.requiresTls("http://10.0.0.5")).isFalse();
    assertThat(ServerAddress.requiresTls("10.0.0.5:5000")).isFalse();
  }

  @Test
  void nonsenseIsRefusedWithAMessage() {
    assertThatThrownBy(() -> ServerAddress.parse("  ")).hasMessageContaining("address");
    assertThatThrownBy(() -> ServerAddress.parse("ftp://x")).hasMessageContaining("http://");
    assertThatThrownBy(() -> ServerAddress.parse("a b"))
        .hasMessageContaining("not a server address");
  }
}
