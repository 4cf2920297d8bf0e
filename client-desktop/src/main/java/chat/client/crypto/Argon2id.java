package chat.client.crypto;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id version 0x13 (RFC 9106) on BouncyCastle's implementation (the JDK has none): it
 * stretches a passphrase into a recovery key, at a cost in time and memory that makes guessing
 * expensive.
 */
public final class Argon2id {

  /**
   * What one derivation costs.
   *
   * @param passes the RFC's t
   * @param memoryKiB the RFC's m, in KiB
   * @param lanes the RFC's p
   */
  public record Cost(int passes, int memoryKiB, int lanes) {

    /** The recovery passphrase's cost (docs/E2EE.md): 3 passes over 64 MiB in one lane. */
    public static final Cost RECOVERY = new Cost(3, 64 * 1024, 1);

    public Cost {
      if (passes < 1 || lanes < 1 || memoryKiB < 8 * lanes) {
        throw new IllegalArgumentException("not an Argon2 cost: " + passes + "/" + memoryKiB);
      }
    }
  }

  private Argon2id() {}

  public static byte[] derive(byte[] password, byte[] salt, Cost cost, int length) {
    return derive(password, salt, new byte[0], new byte[0], cost, length);
  }

  /** With the RFC's optional secret key K and associated data X, which its test vector uses. */
  static byte[] derive(
      byte[] password, byte[] salt, byte[] secret, byte[] associatedData, Cost cost, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withIterations(cost.passes())
            .withMemoryAsKB(cost.memoryKiB())
            .withParallelism(cost.lanes())
            .withSalt(salt)
            .withSecret(secret)
            .withAdditional(associatedData)
            .build());
    byte[] tag = new byte[length];
    generator.generateBytes(password, tag);
    return tag;
  }
}
