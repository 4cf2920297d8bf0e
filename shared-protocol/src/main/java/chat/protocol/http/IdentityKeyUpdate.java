package chat.protocol.http;

import chat.protocol.Base64Url;
import chat.protocol.KeyFormats;
import chat.protocol.Require;

/**
 * The body of {@code PUT /api/keys/identity}: the caller's identity key (an Ed25519 public key,
 * docs/E2EE.md). Replacing a different key needs {@code replace} and the account's {@code
 * password}.
 */
public record IdentityKeyUpdate(String identityKey, Boolean replace, String password) {

  public IdentityKeyUpdate {
    Base64Url.exactly(identityKey, "identityKey", "identityKey", KeyFormats.PUBLIC_KEY_BYTES);
    if (Boolean.TRUE.equals(replace)) {
      Require.present(password, "password");
    }
  }

  /** A first identity key, or the same one again. */
  public IdentityKeyUpdate(String identityKey) {
    this(identityKey, null, null);
  }

  /** Whether the caller asks to replace a different key. */
  public boolean replacing() {
    return Boolean.TRUE.equals(replace);
  }

  /** Keeps the password out of logs. */
  @Override
  public String toString() {
    return "IdentityKeyUpdate[identityKey=" + identityKey + ", replace=" + replace + "]";
  }
}
