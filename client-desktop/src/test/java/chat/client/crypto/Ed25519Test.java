package chat.client.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.EdECPublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ed25519 with raw keys against RFC 8032 §7.1: TEST 1, 2, 3 and SHA(abc), whose public key has the
 * sign bit of x set, so both halves of the public key conversion are pinned.
 */
class Ed25519Test {

  private static final HexFormat HEX = HexFormat.of();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "TEST 1, 9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60,"
        + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, '',"
        + "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e3970"
        + "1cf9b46bd25bf5f0595bbe24655141438e7a100b",
    "TEST 2, 4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb,"
        + "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72,"
        + "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613"
        + "d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    "TEST 3, c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7,"
        + "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025, af82,"
        + "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760"
        + "984dc6594a7c15e9716ed28dc027beceea1ec40a",
    "TEST SHA(abc), 833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42,"
        + "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf,"
        + "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a"
        + "3feebbd454d4423643ce80e2a9ac94fa54ca49f,"
        + "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c6"
        + "6431e0303dca179c138ac17ad9bef1177331a704",
  })
  void rfc8032Section71VectorsSignVerifyAndConvert(
      String name, String seed, String publicKey, String message, String signature)
      throws Exception {
    byte[] msg = HEX.parseHex(message == null ? "" : message);

    assertThat(HEX.formatHex(Ed25519.sign(HEX.parseHex(seed), msg))).isEqualTo(signature);
    assertThat(Ed25519.verify(HEX.parseHex(publicKey), msg, HEX.parseHex(signature))).isTrue();
    assertThat(HEX.formatHex(rawPublicKeyTheJdkDerives(HEX.parseHex(seed)))).isEqualTo(publicKey);
  }

  @Test
  void aSignatureOverOtherBytesOrUnderAnotherKeyFails() {
    SigningKeyPair alice = SigningKeyPair.generate();
    SigningKeyPair bob = SigningKeyPair.generate();
    byte[] signature = Ed25519.sign(alice.seed(), new byte[] {1, 2, 3});

    assertThat(Ed25519.verify(alice.publicKey(), new byte[] {1, 2, 3}, signature)).isTrue();
    assertThat(Ed25519.verify(alice.publicKey(), new byte[] {1, 2, 4}, signature)).isFalse();
    assertThat(Ed25519.verify(bob.publicKey(), new byte[] {1, 2, 3}, signature)).isFalse();
    signature[10] ^= 1;
    assertThat(Ed25519.verify(alice.publicKey(), new byte[] {1, 2, 3}, signature)).isFalse();
  }

  @Test
  void bytesThatAreNoPublicKeyOrNoSignatureDoNotVerify() {
    SigningKeyPair alice = SigningKeyPair.generate();
    byte[] signature = Ed25519.sign(alice.seed(), new byte[0]);
    byte[] notAPoint = new byte[32];
    notAPoint[0] = 2;
    byte[] sOutOfRange = signature.clone();
    Arrays.fill(sOutOfRange, 32, 64, (byte) 0xff);

    assertThat(Ed25519.verify(new byte[31], new byte[0], signature)).isFalse();
    assertThat(Ed25519.verify(notAPoint, new byte[0], signature)).isFalse();
    assertThat(Ed25519.verify(alice.publicKey(), new byte[0], new byte[63])).isFalse();
    assertThat(Ed25519.verify(alice.publicKey(), new byte[0], sOutOfRange)).isFalse();
  }

  /**
   * The JDK makes a key pair from the 32 bytes its generator draws as the private key, so a random
   * source that hands out the RFC's seed makes the RFC's key pair; its public key, converted to raw
   * bytes, must be the RFC's.
   */
  private static byte[] rawPublicKeyTheJdkDerives(byte[] seed) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    generator.initialize(255, new FixedRandom(seed));
    return Ed25519.rawPublicKey((EdECPublicKey) generator.generateKeyPair().getPublic());
  }

  /** Hands out fixed bytes instead of random ones. */
  static final class FixedRandom extends SecureRandom {
    private final byte[] bytes;

    FixedRandom(byte[] bytes) {
      this.bytes = bytes.clone();
    }

    @Override
    public void nextBytes(byte[] out) {
      System.arraycopy(bytes, 0, out, 0, out.length);
    }
  }
}
