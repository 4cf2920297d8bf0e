package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Base64Url;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The verification steps as device message payloads. */
class VerificationStepTest {

  private static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  @Test
  void eachStepReadsBackAsItWasWritten() {
    VerificationStep.Key key = new VerificationStep.Key("tx-1", KEY);
    VerificationStep.Cancel cancel = new VerificationStep.Cancel("tx-1", CancelReason.BAD_MAC);

    assertThat(DevicePayload.decode(key.encode()))
        .get()
        .isInstanceOfSatisfying(
            VerificationStep.Key.class,
            read -> {
              assertThat(read.tx()).isEqualTo("tx-1");
              assertThat(read.key()).isEqualTo(KEY);
            });
    assertThat(DevicePayload.decode(cancel.encode())).contains(cancel);
  }

  @Test
  void aStepIsWrittenWithTheFieldNamesOfE2eeMd() {
    String json = new String(new VerificationStep.Start("t", KEY).encode(), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"type\":\"verify.start\",\"commitment\":\""
                + Base64Url.encode(KEY)
                + "\",\"tx\":\"t\"}");
  }

  @Test
  void aKeyOfTheWrongLengthOrAnUnknownTypeIsNoStep() {
    String shortKey = "{\"type\":\"verify.accept\",\"tx\":\"t\",\"key\":\"AAAA\"}";
    String unknown = "{\"type\":\"verify.other\",\"tx\":\"t\"}";
    String noTx = "{\"type\":\"verify.cancel\",\"reason\":\"user\"}";

    assertThat(DevicePayload.decode(shortKey.getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(DevicePayload.decode(unknown.getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(DevicePayload.decode(noTx.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void aCancelReasonThisVersionDoesNotKnowReadsAsUnexpected() {
    String json = "{\"type\":\"verify.cancel\",\"tx\":\"t\",\"reason\":\"solar_flare\"}";

    assertThat(DevicePayload.decode(json.getBytes(StandardCharsets.UTF_8)))
        .contains(new VerificationStep.Cancel("t", CancelReason.UNEXPECTED));
  }
}
