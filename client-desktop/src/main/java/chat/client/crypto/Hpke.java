package chat.client.crypto;

import java.util.Optional;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;

/**
 * HPKE (RFC 9180) in base mode with the suite DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM
 * (the suite of the RFC's test vector A.1), one message per encapsulation. The JDK has no HPKE;
 * BouncyCastle's is used, with keys as the same raw 32 bytes as {@link X25519}'s.
 */
public final class Hpke {

  static final int IKM_LENGTH = 32;

  private Hpke() {}

  /**
   * A sender's context: its encapsulated key {@link #enc()} is known before the one message is
   * sealed, so that the message can sign it (an envelope does).
   */
  public static final class Sender {
    private final HPKEContextWithEncapsulation context;
    private boolean sealed;

    private Sender(HPKEContextWithEncapsulation context) {
      this.context = context;
    }

    public byte[] enc() {
      return context.getEncapsulation().clone();
    }

    /** Seals the context's one message (sequence number 0, the one {@link #open} opens). */
    public byte[] seal(byte[] aad, byte[] plaintext) {
      if (sealed) {
        throw new IllegalStateException("an HPKE sender seals one message");
      }
      sealed = true;
      try {
        return context.seal(aad, plaintext);
      } catch (InvalidCipherTextException e) {
        throw new IllegalStateException("HPKE sealing failed", e);
      }
    }
  }

  /** A sender to {@code recipientPublicKey} with a fresh ephemeral key. */
  public static Sender sender(byte[] recipientPublicKey, byte[] info) {
    return sender(recipientPublicKey, info, Bytes.random(IKM_LENGTH));
  }

  /**
   * A sender whose ephemeral key pair is {@code DeriveKeyPair(ephemeralIkm)} (RFC 9180 §7.1.3), so
   * a fixed {@code ephemeralIkm} gives fixed bytes, as test vectors need.
   */
  static Sender sender(byte[] recipientPublicKey, byte[] info, byte[] ephemeralIkm) {
    HPKE hpke = suite();
    return new Sender(
        hpke.setupBaseS(
            hpke.deserializePublicKey(recipientPublicKey), info, hpke.deriveKeyPair(ephemeralIkm)));
  }

  /**
   * The plaintext, or empty when it does not open: another recipient or info, another aad, altered
   * bytes, or an encapsulated key that is no X25519 key.
   */
  public static Optional<byte[]> open(
      AgreementKeyPair recipient, byte[] enc, byte[] info, byte[] aad, byte[] ciphertext) {
    HPKE hpke = suite();
    AsymmetricCipherKeyPair keys =
        hpke.deserializePrivateKey(recipient.privateKey(), recipient.publicKey());
    try {
      return Optional.of(hpke.setupBaseR(enc, keys, info).open(aad, ciphertext));
    } catch (InvalidCipherTextException | IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static HPKE suite() {
    return new HPKE(
        HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
  }
}
