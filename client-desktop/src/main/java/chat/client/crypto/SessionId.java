package chat.client.crypto;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A room session's random 16-byte id. Its bytes enter the message header; its text (base64url
 * without padding) is how the wire and the key store name it.
 */
public record SessionId(byte[] bytes) {

  static final int LENGTH = 16;

  public SessionId {
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException("a session id is " + LENGTH + " bytes");
    }
    bytes = bytes.clone();
  }

  static SessionId random() {
    return new SessionId(Bytes.random(LENGTH));
  }

  public static SessionId parse(String text) {
    return new SessionId(Base64.getUrlDecoder().decode(text));
  }

  public String text() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionId id && Arrays.equals(bytes, id.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "SessionId[" + HexFormat.of().formatHex(bytes) + "]";
  }
}
