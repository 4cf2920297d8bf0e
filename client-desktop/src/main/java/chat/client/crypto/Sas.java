package chat.client.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Verifying a contact with a short code, as docs/E2EE.md describes it: device A commits to its
 * ephemeral X25519 key before seeing B's, so that a server in the middle gets one guess in 2⁴² at
 * making both sides' codes match; both derive the code and a MAC key from the two ephemeral keys
 * and both identities; once the people say the codes match, each side MACs its own identity key and
 * checks the other's.
 */
public final class Sas {

  static final String COMMIT_CONTEXT = "chat-sas-commit-v1";
  static final String CONTEXT = "chat-sas-v1";
  static final String MAC_CONTEXT = "chat-sas-mac-v1";
  private static final int CODE_BYTES = 6;
  private static final int MAC_KEY_BYTES = 32;

  private Sas() {}

  /** The code to show and the key for the {@code verify.mac} step. */
  public record Agreement(ShortCode code, byte[] macKey) {}

  /** {@code SHA-256(LP("chat-sas-commit-v1", tx, EA.pub))}, sent in {@code verify.start}. */
  public static byte[] commitment(String tx, byte[] ephemeralPublicKey) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(Lp.of(COMMIT_CONTEXT, tx, ephemeralPublicKey));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** B's check, in {@code verify.key}, that A's key is the one A committed to. */
  public static boolean keepsCommitment(String tx, byte[] ephemeralPublicKey, byte[] commitment) {
    return MessageDigest.isEqual(commitment(tx, ephemeralPublicKey), commitment);
  }

  /**
   * {@code okm = HKDF-SHA256(X25519(E_self, E_other), salt = tx, info = LP("chat-sas-v1", userA,
   * deviceA, IK_A.pub, userB, deviceB, IK_B.pub), 38)}: the code of its first 6 bytes, the MAC key
   * of its last 32. Both sides call it with the same {@code starter} (A) and {@code accepter} (B).
   */
  public static Agreement agree(
      byte[] ownEphemeralPrivateKey,
      byte[] otherEphemeralPublicKey,
      String tx,
      SasParty starter,
      SasParty accepter) {
    byte[] secret = X25519.agree(ownEphemeralPrivateKey, otherEphemeralPublicKey);
    byte[] info =
        Lp.of(
            CONTEXT,
            starter.userId(),
            starter.deviceId(),
            starter.identityKey(),
            accepter.userId(),
            accepter.deviceId(),
            accepter.identityKey());
    byte[] okm =
        Hkdf.derive(secret, tx.getBytes(StandardCharsets.UTF_8), info, CODE_BYTES + MAC_KEY_BYTES);
    return new Agreement(
        ShortCode.of(okm), Arrays.copyOfRange(okm, CODE_BYTES, CODE_BYTES + MAC_KEY_BYTES));
  }

  /** {@code HMAC-SHA256(macKey, LP("chat-sas-mac-v1", user, device, IK.pub))} of one side. */
  public static byte[] mac(byte[] macKey, SasParty party) {
    return Hmac.sha256(
        macKey, Lp.of(MAC_CONTEXT, party.userId(), party.deviceId(), party.identityKey()));
  }

  public static boolean verifyMac(byte[] macKey, SasParty party, byte[] mac) {
    return MessageDigest.isEqual(mac(macKey, party), mac);
  }
}
