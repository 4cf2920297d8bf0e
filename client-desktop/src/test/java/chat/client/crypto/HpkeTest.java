package chat.client.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.KDF;
import javax.crypto.spec.HKDFParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.junit.jupiter.api.Test;

/**
 * HPKE against RFC 9180 A.1 (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode): the
 * wrapper seals with the vector's ephemeral key to the vector's enc and first ciphertext and opens
 * it; BouncyCastle's context under it seals sequence 0 and 1 and exports as the vector says; and
 * the key schedule, recomputed here from the RFC's text with the JDK's HKDF and this package's
 * X25519 and AES-GCM, gives the vector's shared secret, key, nonce and ciphertexts.
 */
class HpkeTest {

  private static final HexFormat HEX = HexFormat.of();

  private static final byte[] INFO = HEX.parseHex("4f6465206f6e2061204772656369616e2055726e");
  private static final byte[] IKM_E =
      HEX.parseHex("7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234");
  private static final byte[] PK_EM =
      HEX.parseHex("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431");
  private static final byte[] SK_EM =
      HEX.parseHex("52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736");
  private static final byte[] PK_RM =
      HEX.parseHex("3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d");
  private static final byte[] SK_RM =
      HEX.parseHex("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8");
  private static final String SHARED_SECRET =
      "fe0e18c9f024ce43799ae393c7e8fe8fce9d218875e8227b0187c04e7d2ea1fc";
  private static final String KEY_SCHEDULE_CONTEXT =
      "00725611c9d98c07c03f60095cd32d400d8347d45ed67097bbad50fc56da742d07"
          + "cb6cffde367bb0565ba28bb02c90744a20f5ef37f30523526106f637abb05449";
  private static final String SECRET =
      "12fff91991e93b48de37e7daddb52981084bd8aa64289c3788471d9a9712f397";
  private static final String KEY = "4531685d41d65f03dc48f6b8302c05b0";
  private static final String BASE_NONCE = "56d890e5accaaf011cff4b7d";
  private static final String EXPORTER_SECRET =
      "45ff1c2e220db587171952c0592d5f5ebe103f1561a2614e38f2ffd47e99e3f8";
  private static final byte[] PT =
      HEX.parseHex("4265617574792069732074727574682c20747275746820626561757479");
  private static final byte[] AAD_0 = HEX.parseHex("436f756e742d30");
  private static final byte[] AAD_1 = HEX.parseHex("436f756e742d31");
  private static final String CT_0 =
      "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a";
  private static final String CT_1 =
      "af2d7e9ac9ae7e270f46ba1f975be53c09f8d875bdc8535458c2494e8a6eab251c03d0c22a56b8ca42c2063b84";
  private static final String EXPORTED_EMPTY_CONTEXT =
      "3853fe2b4035195a573ffc53856e77058e15d9ea064de3e59f4961d0095250ee";

  @Test
  void sealingWithTheVectorsEphemeralIkmGivesItsEncAndFirstCiphertext() {
    Hpke.Sender sender = Hpke.sender(PK_RM, INFO, IKM_E);

    assertThat(sender.enc()).isEqualTo(PK_EM);
    assertThat(HEX.formatHex(sender.seal(AAD_0, PT))).isEqualTo(CT_0);
  }

  @Test
  void theVectorsRecipientKeyOpensItsFirstCiphertext() {
    AgreementKeyPair recipient = new AgreementKeyPair(SK_RM, PK_RM);

    assertThat(Hpke.open(recipient, PK_EM, INFO, AAD_0, HEX.parseHex(CT_0))).contains(PT);
    assertThat(Hpke.open(recipient, PK_EM, INFO, AAD_1, HEX.parseHex(CT_0))).isEmpty();
    assertThat(Hpke.open(recipient, PK_EM, new byte[0], AAD_0, HEX.parseHex(CT_0))).isEmpty();
  }

  @Test
  void bouncyCastlesContextSealsSequences0And1AndExportsAsTheVector() throws Exception {
    HPKE hpke =
        new HPKE(
            HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
    HPKEContextWithEncapsulation context =
        hpke.setupBaseS(hpke.deserializePublicKey(PK_RM), INFO, hpke.deriveKeyPair(IKM_E));

    assertThat(HEX.formatHex(context.seal(AAD_0, PT))).isEqualTo(CT_0);
    assertThat(HEX.formatHex(context.seal(AAD_1, PT))).isEqualTo(CT_1);
    assertThat(HEX.formatHex(context.export(new byte[0], 32))).isEqualTo(EXPORTED_EMPTY_CONTEXT);
  }

  /** RFC 9180 §4.1, §5.1 and §5.2, step by step, with the vector's key pairs. */
  @Test
  void theKeyScheduleRecomputedFromTheRfcGivesTheVectorsValues() throws Exception {
    assertThat(X25519.publicKeyOf(SK_EM)).isEqualTo(PK_EM);
    assertThat(X25519.publicKeyOf(SK_RM)).isEqualTo(PK_RM);

    byte[] kem = concat(ascii("KEM"), new byte[] {0x00, 0x20});
    byte[] dh = X25519.agree(SK_EM, PK_RM);
    byte[] eaePrk = labeledExtract(kem, new byte[0], "eae_prk", dh);
    byte[] sharedSecret = labeledExpand(kem, eaePrk, "shared_secret", concat(PK_EM, PK_RM), 32);
    assertThat(HEX.formatHex(sharedSecret)).isEqualTo(SHARED_SECRET);

    byte[] suite = concat(ascii("HPKE"), new byte[] {0x00, 0x20, 0x00, 0x01, 0x00, 0x01});
    byte[] context =
        concat(
            new byte[] {0x00},
            labeledExtract(suite, new byte[0], "psk_id_hash", new byte[0]),
            labeledExtract(suite, new byte[0], "info_hash", INFO));
    assertThat(HEX.formatHex(context)).isEqualTo(KEY_SCHEDULE_CONTEXT);
    byte[] secret = labeledExtract(suite, sharedSecret, "secret", new byte[0]);
    assertThat(HEX.formatHex(secret)).isEqualTo(SECRET);
    byte[] key = labeledExpand(suite, secret, "key", context, 16);
    byte[] baseNonce = labeledExpand(suite, secret, "base_nonce", context, 12);
    assertThat(HEX.formatHex(key)).isEqualTo(KEY);
    assertThat(HEX.formatHex(baseNonce)).isEqualTo(BASE_NONCE);
    assertThat(HEX.formatHex(labeledExpand(suite, secret, "exp", context, 32)))
        .isEqualTo(EXPORTER_SECRET);

    assertThat(HEX.formatHex(AesGcm.seal(key, baseNonce, AAD_0, PT))).isEqualTo(CT_0);
    byte[] secondNonce = baseNonce.clone();
    secondNonce[11] ^= 1;
    assertThat(HEX.formatHex(AesGcm.seal(key, secondNonce, AAD_1, PT))).isEqualTo(CT_1);
  }

  private static byte[] labeledExtract(byte[] suite, byte[] salt, String label, byte[] ikm)
      throws Exception {
    return HkdfTest.extract(concat(ascii("HPKE-v1"), suite, ascii(label), ikm), salt).getEncoded();
  }

  private static byte[] labeledExpand(
      byte[] suite, byte[] prk, String label, byte[] info, int length) throws Exception {
    byte[] labeled =
        concat(
            new byte[] {(byte) (length >> 8), (byte) length},
            ascii("HPKE-v1"),
            suite,
            ascii(label),
            info);
    return KDF.getInstance("HKDF-SHA256")
        .deriveData(
            HKDFParameterSpec.expandOnly(new SecretKeySpec(prk, "Generic"), labeled, length));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
