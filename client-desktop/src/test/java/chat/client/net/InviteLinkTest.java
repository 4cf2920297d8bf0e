package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invite link's text: written, read back, and refused in one sentence when it is not one. */
class InviteLinkTest {

  private static final String FINGERPRINT =
      "3A:F0:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:01:23:45:67:89:AB:CD:EF:10:32:54:76:98:BA";

  @Test
  void aTlsServersLinkCarriesItsFingerprintAndReadsBackWhole() {
    InviteLink link =
        InviteLink.to(
            new ServerAddress("https://10.0.0.5:5000"), "i_Ab-9_x", Optional.of(FINGERPRINT));

    assertThat(link.text())
        .isEqualTo(
            "chat://10.0.0.5:5000/invite/i_Ab-9_x?fp=sha256:"
                + FINGERPRINT.replace(":", "").toLowerCase());
    assertThat(InviteLink.parse(link.text())).isEqualTo(link);
    assertThat(link.candidates()).containsExactly(new ServerAddress("https://10.0.0.5:5000"));
  }

  @Test
  void aLinkWithoutFingerprintIsTriedLikeAnAddressTypedWithoutScheme() {
    InviteLink link = InviteLink.parse("  chat://chat.local:6000/invite/i_abc \n");

    assertThat(link).isEqualTo(new InviteLink("chat.local:6000", "i_abc", Optional.empty()));
    assertThat(link.candidates())
        .containsExactly(
            new ServerAddress("https://chat.local:6000"),
            new ServerAddress("http://chat.local:6000"));
  }

  @Test
  void anIpv6HostKeepsItsBracketsAndAMissingPortIsTheDefault() {
    assertThat(InviteLink.parse("chat://[fd00::5]/invite/i_abc").hostPort())
        .isEqualTo("[fd00::5]:" + ServerAddress.DEFAULT_PORT);
  }

  @Test
  void aFingerprintWrittenWithColonsInCapitalsIsReadTheSame() {
    InviteLink link =
        InviteLink.parse("chat://10.0.0.5:5000/invite/i_abc?fp=sha256:" + FINGERPRINT);

    assertThat(link.fingerprint()).contains(FINGERPRINT);
  }

  @Test
  void whatIsNotAnInviteLinkIsRefusedInOneSentence() {
    assertThat(InviteLink.looksLikeOne("10.0.0.5:5000")).isFalse();
    assertThat(InviteLink.looksLikeOne(" CHAT://x/invite/i_a")).isTrue();
    assertThatThrownBy(() -> InviteLink.parse("chat://10.0.0.5:5000/rooms/r_1"))
        .hasMessage("This invite link has no invite code in it.");
    assertThatThrownBy(() -> InviteLink.parse("chat://10.0.0.5:5000/invite/i_a?fp=sha256:3AF0"))
        .hasMessage("The certificate fingerprint in this invite link is cut short.");
    assertThatThrownBy(() -> InviteLink.parse("chat://10.0.0.5:5000/invite/i_a?token=x"))
        .hasMessage("This invite link names its server's certificate oddly.");
    assertThatThrownBy(() -> InviteLink.parse("https://10.0.0.5:5000/invite/i_a"))
        .hasMessageStartingWith("This is not an invite link");
  }
}
