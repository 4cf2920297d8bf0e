package chat.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static final InetAddress PROXY = InetAddress.ofLiteral("10.0.0.2");
  private static final InetAddress INNER_PROXY = InetAddress.ofLiteral("10.0.0.3");
  private static final InetAddress STRANGER = InetAddress.ofLiteral("198.51.100.4");
  private final ClientAddresses addresses = new ClientAddresses(List.of(PROXY, INNER_PROXY));

  @Test
  void anUntrustedPeerIsTheClientWhateverItForwards() {
    assertThat(addresses.of(STRANGER, "203.0.113.9")).isEqualTo(STRANGER);
    assertThat(ClientAddresses.DIRECT.of(PROXY, "203.0.113.9")).isEqualTo(PROXY);
  }

  @Test
  void aTrustedProxyNamesTheClient() {
    assertThat(addresses.of(PROXY, "203.0.113.9")).isEqualTo(ip("203.0.113.9"));
    assertThat(addresses.of(PROXY, " 2001:db8::1 ")).isEqualTo(ip("2001:db8::1"));
  }

  @Test
  void whatTheClientPrependsIsIgnored() {
    assertThat(addresses.of(PROXY, "1.2.3.4, 203.0.113.9")).isEqualTo(ip("203.0.113.9"));
  }

  @Test
  void aHeaderOnSeveralLinesIsOneListAndTheClientsOwnLineDoesNotWin() {
    assertThat(addresses.of(PROXY, "1.2.3.4,203.0.113.9")).isEqualTo(ip("203.0.113.9"));
    assertThat(addresses.of(PROXY, "1.2.3.4; 203.0.113.9")).isEqualTo(ip("203.0.113.9"));
  }

  @Test
  void trustedHopsAreSkippedFromTheRight() {
    assertThat(addresses.of(PROXY, "203.0.113.9, 10.0.0.3")).isEqualTo(ip("203.0.113.9"));
  }

  @Test
  void noHeaderOrGarbageLeavesThePeer() {
    assertThat(addresses.of(PROXY, null)).isEqualTo(PROXY);
    assertThat(addresses.of(PROXY, "")).isEqualTo(PROXY);
    assertThat(addresses.of(PROXY, "example.com")).isEqualTo(PROXY);
    assertThat(addresses.of(PROXY, "example.com, 10.0.0.3")).isEqualTo(INNER_PROXY);
  }

  private static InetAddress ip(String literal) {
    return InetAddress.ofLiteral(literal);
  }
}
