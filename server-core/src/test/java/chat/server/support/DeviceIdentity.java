package chat.server.support;

import chat.protocol.Base64Url;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a client holds for end-to-end encryption, as far as the server's tests need it: an Ed25519
 * identity key, and device records signed by it as docs/E2EE.md says, made with the JDK alone.
 */
public final class DeviceIdentity {

  private final KeyPair identity;

  private DeviceIdentity(KeyPair identity) {
    this.identity = identity;
  }

  /** A fresh identity key. */
  public static DeviceIdentity generate() {
    return new DeviceIdentity(ed25519());
  }

  /** The identity key's public half: raw 32 bytes, base64url. */
  public String publicKey() {
    return raw(identity);
  }

  /**
   * The body of {@code PUT /api/keys/device} for a new device of {@code userId} called {@code
   * deviceId}, signed by this identity key.
   */
  public Map<String, Object> device(String userId, String deviceId) {
    String signing = raw(ed25519());
    String agreement = raw(ed25519());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("deviceId", deviceId);
    record.put("signingKey", signing);
    record.put("agreementKey", agreement);
    record.put(
        "signature",
        sign(
            lengthPrefixed(
                utf8("chat-device-v1"),
                utf8(userId),
                utf8(deviceId),
                Base64Url.decode(signing, "k", "k"),
                Base64Url.decode(agreement, "k", "k"))));
    return record;
  }

  private String sign(byte[] message) {
    try {
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initSign(identity.getPrivate());
      ed25519.update(message);
      return Base64Url.encode(ed25519.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] lengthPrefixed(byte[]... fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] field : fields) {
      out.writeBytes(ByteBuffer.allocate(4).putInt(field.length).array());
      out.writeBytes(field);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The last 32 bytes of the X.509 encoding: the raw public key. */
  private static String raw(KeyPair pair) {
    byte[] encoded = pair.getPublic().getEncoded();
    return Base64Url.encode(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
  }
}
