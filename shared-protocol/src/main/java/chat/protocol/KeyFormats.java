package chat.protocol;

import java.util.regex.Pattern;

/**
 * The sizes of the keys, ids and signatures of end-to-end encryption (docs/E2EE.md), in raw bytes
 * before base64url, and the form of a device's id, which its client chooses.
 */
public final class KeyFormats {

  /** An Ed25519 signature. */
  public static final int SIGNATURE_BYTES = 64;

  /** An Ed25519 or X25519 public key. */
  public static final int PUBLIC_KEY_BYTES = 32;

  /** A room session's id ({@code session} of an encrypted message). */
  public static final int SESSION_ID_BYTES = 16;

  /** A device's id: 16..43 base64url characters (96..256 random bits). */
  public static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{16,43}");

  private KeyFormats() {}

  /** Whether {@code value} is a device id. */
  public static boolean isDeviceId(String value) {
    return value != null && DEVICE_ID.matcher(value).matches();
  }
}
