package chat.server.chat;

import chat.protocol.Base64Url;
import chat.protocol.http.DeviceKeys;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * The check of a device record's signature (docs/E2EE.md, "Keys"): Ed25519 by the user's identity
 * key over {@code LP("chat-device-v1", userId, deviceId, signingKey, agreementKey)}, where {@code
 * LP} is each field as a 4-byte big-endian length and its bytes (strings in UTF-8, keys raw). The
 * JDK's own Ed25519; a raw 32-byte key becomes a key the JDK reads by the fixed X.509 prefix of RFC
 * 8410.
 */
final class DeviceSignature {

  private static final String CONTEXT = "chat-device-v1";

  /** SubjectPublicKeyInfo of an Ed25519 key (RFC 8410), up to the key's 32 bytes. */
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private DeviceSignature() {}

  /** Whether {@code device}'s signature verifies under {@code identityKey} for {@code userId}. */
  static boolean verifies(String identityKey, String userId, DeviceKeys device) {
    byte[] signed =
        lengthPrefixed(
            CONTEXT.getBytes(StandardCharsets.UTF_8),
            userId.getBytes(StandardCharsets.UTF_8),
            device.deviceId().getBytes(StandardCharsets.UTF_8),
            Base64Url.decode(device.signingKey(), "signingKey", "signingKey"),
            Base64Url.decode(device.agreementKey(), "agreementKey", "agreementKey"));
    try {
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initVerify(publicKey(Base64Url.decode(identityKey, "identityKey", "identityKey")));
      ed25519.update(signed);
      return ed25519.verify(Base64Url.decode(device.signature(), "signature", "signature"));
    } catch (GeneralSecurityException e) {
      return false; // a key that is no point of the curve verifies nothing
    }
  }

  /** {@code LP(fields…)}: each field as its 4-byte big-endian length and its bytes. */
  static byte[] lengthPrefixed(byte[]... fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] field : fields) {
      out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(field.length).array());
      out.writeBytes(field);
    }
    return out.toByteArray();
  }

  private static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
    byte[] encoded = new byte[X509_PREFIX.length + raw.length];
    System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
    System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
  }
}
