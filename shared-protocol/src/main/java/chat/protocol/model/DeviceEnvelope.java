package chat.protocol.model;

import chat.protocol.Base64Url;
import chat.protocol.ErrorCode;
import chat.protocol.KeyFormats;
import chat.protocol.ProtocolException;
import chat.protocol.Require;

/**
 * What one device seals for another (docs/E2EE.md, "Device messages"): an HPKE encapsulated key
 * ({@code enc}, an X25519 public key's 32 bytes) and the ciphertext. The server relays it as it is.
 * Checks name the field {@code body} (inside a {@code device.send}, the decoder reports its top
 * field, {@code messages}); a ciphertext over {@value #MAX_CIPHERTEXT_CHARS} characters is {@code
 * PAYLOAD_TOO_LARGE}.
 */
public record DeviceEnvelope(Integer v, String enc, String ciphertext) {

  /** The longest ciphertext of one device message, in base64url characters (16 KiB). */
  public static final int MAX_CIPHERTEXT_CHARS = 16_384;

  private static final String FIELD = "body";

  public DeviceEnvelope {
    if (!Integer.valueOf(1).equals(v)) {
      throw Require.invalid(FIELD, "body.v must be 1");
    }
    Base64Url.exactly(enc, FIELD, "body.enc", KeyFormats.PUBLIC_KEY_BYTES);
    if (ciphertext != null && ciphertext.length() > MAX_CIPHERTEXT_CHARS) {
      throw new ProtocolException(
          ErrorCode.PAYLOAD_TOO_LARGE,
          "body.ciphertext must be at most " + MAX_CIPHERTEXT_CHARS + " characters",
          FIELD);
    }
    Base64Url.atMost(ciphertext, FIELD, "body.ciphertext", MAX_CIPHERTEXT_CHARS);
  }
}
