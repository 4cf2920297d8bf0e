package chat.protocol;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Base64url without padding (RFC 4648 §5), the protocol's one form of binary data: keys, signatures
 * and ciphertexts. Only the canonical form is accepted, so one value has one spelling and a
 * signature or a key compares byte for byte.
 */
public final class Base64Url {

  private static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9_-]*");

  private Base64Url() {}

  /** {@code bytes} in base64url without padding. */
  public static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The bytes of {@code value}, required, canonical base64url without padding.
   *
   * @param field the field an error names
   * @param what the value as the error's message calls it ({@code encrypted.session}, say)
   * @throws ProtocolException {@code INVALID_INPUT} naming {@code field}
   */
  public static byte[] decode(String value, String field, String what) {
    if (value == null) {
      throw Require.invalid(field, what + " is required");
    }
    if (!ALPHABET.matcher(value).matches() || value.length() % 4 == 1) {
      throw notBase64Url(field, what);
    }
    byte[] bytes = Base64.getUrlDecoder().decode(value);
    if (!encode(bytes).equals(value)) {
      throw notBase64Url(field, what);
    }
    return bytes;
  }

  /** {@code value} if it is base64url of exactly {@code length} bytes ({@link #decode}). */
  public static String exactly(String value, String field, String what, int length) {
    if (decode(value, field, what).length != length) {
      throw Require.invalid(field, what + " must be " + length + " bytes in base64url");
    }
    return value;
  }

  /** {@code value} if it is non-empty base64url of at most {@code maxChars} characters. */
  public static String atMost(String value, String field, String what, int maxChars) {
    if (value != null && (value.isEmpty() || value.length() > maxChars)) {
      throw Require.invalid(field, what + " must be 1.." + maxChars + " base64url characters");
    }
    decode(value, field, what);
    return value;
  }

  private static ProtocolException notBase64Url(String field, String what) {
    return Require.invalid(field, what + " must be base64url without padding");
  }
}
