package chat.protocol.http;

import chat.protocol.Require;

/**
 * The answer to {@code POST /api/auth/2fa/setup}: a new TOTP secret (base32, as authenticator apps
 * take it) and the same as an {@code otpauth://totp/} URI for a QR code. It stays pending until a
 * code made from it is confirmed.
 */
public record TwoFactorSetup(String secret, String otpauthUri) {

  public TwoFactorSetup {
    Require.present(secret, "secret");
    Require.present(otpauthUri, "otpauthUri");
  }

  /** Keeps the secret out of logs. */
  @Override
  public String toString() {
    return "TwoFactorSetup[<redacted>]";
  }
}
