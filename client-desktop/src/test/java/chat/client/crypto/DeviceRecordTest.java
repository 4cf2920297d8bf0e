package chat.client.crypto;

import static chat.client.crypto.FixedKeys.ED_1;
import static chat.client.crypto.FixedKeys.ED_2;
import static chat.client.crypto.FixedKeys.X_BOB;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DeviceRecordTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final DeviceRecord BOBS_LAPTOP =
      new DeviceRecord("u-bob", "laptop", ED_2.publicKey(), X_BOB.publicKey());

  /** Identity key RFC 8032 TEST 1, device keys RFC 8032 TEST 2 and RFC 7748 Bob. */
  @Test
  void fixedVectorOfADeviceRecordSignature() throws Exception {
    assertThat(HEX.formatHex(BOBS_LAPTOP.signedBytes()))
        .isEqualTo(
            HEX.formatHex(
                Lp.of("chat-device-v1", "u-bob", "laptop", ED_2.publicKey(), X_BOB.publicKey())));
    assertThat(HEX.formatHex(BOBS_LAPTOP.sign(ED_1))).isEqualTo(SIGNATURE);
    assertThat(BOBS_LAPTOP.verify(ED_1.publicKey(), HEX.parseHex(SIGNATURE))).isTrue();

    Signature jdk = Signature.getInstance("Ed25519");
    jdk.initVerify(Ed25519.publicKey(ED_1.publicKey()));
    jdk.update(
        HEX.parseHex(
            "0000000e"
                + HEX.formatHex("chat-device-v1".getBytes(StandardCharsets.UTF_8))
                + "00000005"
                + HEX.formatHex("u-bob".getBytes(StandardCharsets.UTF_8))
                + "00000006"
                + HEX.formatHex("laptop".getBytes(StandardCharsets.UTF_8))
                + "00000020"
                + HEX.formatHex(ED_2.publicKey())
                + "00000020"
                + HEX.formatHex(X_BOB.publicKey())));
    assertThat(jdk.verify(HEX.parseHex(SIGNATURE))).isTrue();
  }

  @Test
  void aRecordWithAnotherKeyOrUserOrSignerDoesNotVerify() {
    byte[] signature = BOBS_LAPTOP.sign(ED_1);

    assertThat(BOBS_LAPTOP.verify(ED_2.publicKey(), signature)).isFalse();
    assertThat(
            new DeviceRecord("u-bob", "laptop", ED_2.publicKey(), FixedKeys.X_ALICE.publicKey())
                .verify(ED_1.publicKey(), signature))
        .isFalse();
    assertThat(
            new DeviceRecord("u-eve", "laptop", ED_2.publicKey(), X_BOB.publicKey())
                .verify(ED_1.publicKey(), signature))
        .isFalse();
  }

  private static final String SIGNATURE =
      "d3392e22edf9315062c8f5a5c19e27064d46ac113a52696816a4b3eba9733f5e"
          + "6207dd0261e6b2ccca8eee44418de9a5db830017df3fc2a12f1be2615386c004";
}
