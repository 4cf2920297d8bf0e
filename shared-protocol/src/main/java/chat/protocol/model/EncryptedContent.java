package chat.protocol.model;

import chat.protocol.Base64Url;
import chat.protocol.KeyFormats;
import chat.protocol.Limits;
import chat.protocol.Require;

/**
 * A message's text encrypted by its sender's device for the room's members (docs/E2EE.md, "Room
 * messages"): the server stores and relays it as it is and reads none of it. Its shape is checked
 * here, at the edge: {@code session} 16 bytes, {@code signature} an Ed25519 signature's 64 bytes,
 * {@code ciphertext} at most {@value Limits#MAX_CIPHERTEXT_CHARS} base64url characters, {@code
 * device} a device id. Every check names the field {@code encrypted}.
 *
 * @param v the format's version, 1
 * @param device the sending device's id
 * @param session the sending device's room session
 * @param index the message's place in that session's chain, from 0
 */
public record EncryptedContent(
    Integer v, String device, String session, Integer index, String ciphertext, String signature) {

  private static final String FIELD = "encrypted";

  public EncryptedContent {
    if (!Integer.valueOf(1).equals(v)) {
      throw Require.invalid(FIELD, "encrypted.v must be 1");
    }
    if (!KeyFormats.isDeviceId(device)) {
      throw Require.invalid(FIELD, "encrypted.device must be a device id");
    }
    Base64Url.exactly(session, FIELD, "encrypted.session", KeyFormats.SESSION_ID_BYTES);
    if (index == null || index < 0) {
      throw Require.invalid(FIELD, "encrypted.index must be a number from 0");
    }
    Base64Url.atMost(ciphertext, FIELD, "encrypted.ciphertext", Limits.MAX_CIPHERTEXT_CHARS);
    Base64Url.exactly(signature, FIELD, "encrypted.signature", KeyFormats.SIGNATURE_BYTES);
  }
}
