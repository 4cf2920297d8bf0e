package chat.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way this system names a server's TLS certificate: the SHA-256 of its DER encoding, as
 * uppercase hex pairs joined by {@code :} ({@code 3A:F0:…}, 95 characters). The server logs it, the
 * desktop app shows and pins it, and LAN discovery announces it; all compare it as this string.
 */
public final class CertificateFingerprint {

  private static final HexFormat HEX = HexFormat.ofDelimiter(":").withUpperCase();
  private static final Pattern HEX_DIGITS = Pattern.compile("[0-9A-F]{64}");

  private CertificateFingerprint() {}

  /** The fingerprint of a certificate's DER encoding. */
  public static String of(byte[] der) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The fingerprint of {@code certificate}. */
  public static String of(X509Certificate certificate) {
    try {
      return of(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("the certificate cannot be encoded", e);
    }
  }

  /**
   * The same fingerprint on two lines, broken after its 16th byte (the colon stays at the end of
   * the first line), for screens too narrow for 95 characters.
   */
  public static String inTwoLines(String fingerprint) {
    int middle = fingerprint.length() / 2 + 1;
    return fingerprint.substring(0, middle) + "\n" + fingerprint.substring(middle);
  }

  /**
   * A fingerprint written some other way (lowercase, with spaces or without colons, as people copy
   * it) in this format; empty when it is not 32 hex bytes.
   */
  public static Optional<String> normalize(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String hex = text.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
    return HEX_DIGITS.matcher(hex).matches()
        ? Optional.of(HEX.formatHex(HexFormat.of().parseHex(hex)))
        : Optional.empty();
  }
}
