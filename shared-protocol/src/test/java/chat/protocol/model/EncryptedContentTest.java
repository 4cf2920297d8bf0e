package chat.protocol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import chat.protocol.Base64Url;
import chat.protocol.ErrorCode;
import chat.protocol.Limits;
import chat.protocol.ProtocolException;
import chat.protocol.ProtocolJson;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The shape of an encrypted message's text, checked where it is decoded. */
class EncryptedContentTest {

  private static final String DEVICE = "dev_alice_laptop_01";
  private static final String SESSION = Base64Url.encode(new byte[16]);
  private static final String SIGNATURE = Base64Url.encode(new byte[64]);

  @Test
  void aWellFormedObjectIsKeptAsSent() {
    EncryptedContent text = new EncryptedContent(1, DEVICE, SESSION, 0, "AAEC", SIGNATURE);

    assertThat(ProtocolJson.encode(text))
        .isEqualTo(
            "{\"v\":1,\"device\":\"dev_alice_laptop_01\",\"session\":\""
                + SESSION
                + "\",\"index\":0,\"ciphertext\":\"AAEC\",\"signature\":\""
                + SIGNATURE
                + "\"}");
  }

  @Test
  void ciphertextMayBeAsLongAsTheLimitAndNoLonger() {
    String atTheLimit = "A".repeat(Limits.MAX_CIPHERTEXT_CHARS);

    assertThat(new EncryptedContent(1, DEVICE, SESSION, 3, atTheLimit, SIGNATURE).ciphertext())
        .hasSize(Limits.MAX_CIPHERTEXT_CHARS);
    refused(() -> new EncryptedContent(1, DEVICE, SESSION, 3, atTheLimit + "AAAA", SIGNATURE));
  }

  @Test
  void paddingOrTheOtherAlphabetIsNotBase64Url() {
    refused(() -> new EncryptedContent(1, DEVICE, SESSION, 0, "AAE=", SIGNATURE));
    refused(() -> new EncryptedContent(1, DEVICE, SESSION, 0, "AA+/", SIGNATURE));
    refused(() -> new EncryptedContent(1, DEVICE, SESSION, 0, "AAB", SIGNATURE));
    refused(() -> new EncryptedContent(1, DEVICE, SESSION, 0, "", SIGNATURE));
  }

  @Test
  void sessionAndSignatureMustHaveTheirSizes() {
    refused(
        () -> new EncryptedContent(1, DEVICE, Base64Url.encode(new byte[15]), 0, "AA", SIGNATURE));
    refused(
        () -> new EncryptedContent(1, DEVICE, SESSION, 0, "AA", Base64Url.encode(new byte[63])));
  }

  @Test
  void versionIndexAndDeviceAreChecked() {
    refused(() -> new EncryptedContent(2, DEVICE, SESSION, 0, "AA", SIGNATURE));
    refused(() -> new EncryptedContent(null, DEVICE, SESSION, 0, "AA", SIGNATURE));
    refused(() -> new EncryptedContent(1, DEVICE, SESSION, -1, "AA", SIGNATURE));
    refused(() -> new EncryptedContent(1, DEVICE, SESSION, null, "AA", SIGNATURE));
    refused(() -> new EncryptedContent(1, "short", SESSION, 0, "AA", SIGNATURE));
    refused(() -> new EncryptedContent(1, "has space in it 123", SESSION, 0, "AA", SIGNATURE));
  }

  private static void refused(ThrowingCallable build) {
    ProtocolException refusal = catchThrowableOfType(ProtocolException.class, build);
    assertThat(refusal).isNotNull();
    assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(refusal.field()).isEqualTo("encrypted");
  }
}
