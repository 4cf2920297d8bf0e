package chat.client.crypto;

import static chat.client.crypto.FixedKeys.ED_1;
import static chat.client.crypto.FixedKeys.ED_2;
import static chat.client.crypto.FixedKeys.ED_3;
import static chat.client.crypto.FixedKeys.X_ALICE;
import static chat.client.crypto.FixedKeys.X_BOB;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.KDF;
import javax.crypto.spec.HKDFParameterSpec;
import org.junit.jupiter.api.Test;

/**
 * The short code's fixed vector: transaction {@code tx-1}, ephemeral keys RFC 7748 Alice (A, who
 * starts) and Bob (B), identity keys RFC 8032 TEST 1 (A's user) and TEST 3 (B's user).
 */
class SasTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final SasParty A = new SasParty("u-alice", "desk", ED_1.publicKey());
  private static final SasParty B = new SasParty("u-bob", "laptop", ED_3.publicKey());
  private static final String COMMITMENT =
      "71514a99dcffd3b3662ff1565d0879b38564448c9f030cbf2f4f8c80d6c94660";
  private static final String MAC_KEY =
      "bd8425b98ba1d7ef6cd5475af3787c9e189a9640e6488960904d220a3d427f1f";
  private static final String MAC_OF_A =
      "8fd47c99906db757b648bb204ff7c65b55273b8572ccc91702ffca478ab96baa";

  @Test
  void fixedVectorOfTheCommitmentCodeAndMac() throws Exception {
    assertThat(HEX.formatHex(Sas.commitment("tx-1", X_ALICE.publicKey()))).isEqualTo(COMMITMENT);
    assertThat(
            MessageDigest.getInstance("SHA-256")
                .digest(Lp.of("chat-sas-commit-v1", "tx-1", X_ALICE.publicKey())))
        .isEqualTo(HEX.parseHex(COMMITMENT));

    Sas.Agreement agreement = Sas.agree(X_ALICE.privateKey(), X_BOB.publicKey(), "tx-1", A, B);
    assertThat(agreement.code().emoji())
        .containsExactly(
            SasEmoji.STRAWBERRY,
            SasEmoji.MUSHROOM,
            SasEmoji.HAMMER,
            SasEmoji.UMBRELLA,
            SasEmoji.BANANA,
            SasEmoji.BICYCLE,
            SasEmoji.FIRE);
    assertThat(agreement.code().numbers()).containsExactly(4237, 5245, 5002);
    assertThat(HEX.formatHex(agreement.macKey())).isEqualTo(MAC_KEY);
    assertThat(HEX.formatHex(Sas.mac(agreement.macKey(), A))).isEqualTo(MAC_OF_A);
  }

  /** The same bytes from the JDK's HKDF directly, and the code read off them bit by bit. */
  @Test
  void theFixedCodeRecomputedFromTheDocument() throws Exception {
    byte[] secret = X25519.agree(X_BOB.privateKey(), X_ALICE.publicKey());
    byte[] info =
        Lp.of(
            "chat-sas-v1",
            "u-alice",
            "desk",
            ED_1.publicKey(),
            "u-bob",
            "laptop",
            ED_3.publicKey());
    byte[] okm =
        KDF.getInstance("HKDF-SHA256")
            .deriveData(
                HKDFParameterSpec.ofExtract()
                    .addIKM(secret)
                    .addSalt("tx-1".getBytes(StandardCharsets.UTF_8))
                    .thenExpand(info, 38));
    String bits =
        Arrays.stream(HEX.formatHex(okm, 0, 6).split("(?<=\\G..)"))
            .map(b -> String.format("%8s", Integer.toBinaryString(Integer.parseInt(b, 16))))
            .collect(Collectors.joining())
            .replace(' ', '0');

    for (int i = 0; i < 7; i++) {
      int index = Integer.parseInt(bits.substring(6 * i, 6 * i + 6), 2);
      assertThat(ShortCode.of(okm).emoji().get(i)).isEqualTo(SasEmoji.values()[index]);
    }
    for (int i = 0; i < 3; i++) {
      int number = Integer.parseInt(bits.substring(13 * i, 13 * i + 13), 2) + 1000;
      assertThat(ShortCode.of(okm).numbers().get(i)).isEqualTo(number);
    }
    assertThat(HEX.formatHex(okm, 6, 38)).isEqualTo(MAC_KEY);
  }

  @Test
  void bothSidesShowTheSameCodeAndAcceptEachOthersMac() {
    AgreementKeyPair ea = AgreementKeyPair.generate();
    AgreementKeyPair eb = AgreementKeyPair.generate();
    byte[] commitment = Sas.commitment("tx-2", ea.publicKey());

    Sas.Agreement atA = Sas.agree(ea.privateKey(), eb.publicKey(), "tx-2", A, B);
    Sas.Agreement atB = Sas.agree(eb.privateKey(), ea.publicKey(), "tx-2", A, B);

    assertThat(Sas.keepsCommitment("tx-2", ea.publicKey(), commitment)).isTrue();
    assertThat(atA.code()).isEqualTo(atB.code());
    assertThat(Sas.verifyMac(atB.macKey(), A, Sas.mac(atA.macKey(), A))).isTrue();
    assertThat(Sas.verifyMac(atA.macKey(), B, Sas.mac(atB.macKey(), B))).isTrue();
  }

  @Test
  void aKeyOtherThanTheCommittedOneIsCaught() {
    byte[] commitment = Sas.commitment("tx-1", X_ALICE.publicKey());

    assertThat(Sas.keepsCommitment("tx-1", X_BOB.publicKey(), commitment)).isFalse();
    assertThat(Sas.keepsCommitment("tx-9", X_ALICE.publicKey(), commitment)).isFalse();
  }

  /** A server that swaps B's identity key for its own changes what A shows, and B's MAC fails. */
  @Test
  void aSubstitutedIdentityKeyChangesTheCodeAndFailsTheMac() {
    SasParty substituted = new SasParty("u-bob", "laptop", ED_2.publicKey());

    Sas.Agreement genuine = Sas.agree(X_ALICE.privateKey(), X_BOB.publicKey(), "tx-1", A, B);
    Sas.Agreement fooled =
        Sas.agree(X_ALICE.privateKey(), X_BOB.publicKey(), "tx-1", A, substituted);

    assertThat(fooled.code().emoji()).isNotEqualTo(genuine.code().emoji());
    assertThat(fooled.code().numbers()).isNotEqualTo(genuine.code().numbers());
    assertThat(Sas.verifyMac(fooled.macKey(), B, Sas.mac(genuine.macKey(), B))).isFalse();
  }

  @Test
  void theEmojiListHasSixtyFourDistinctEmojiAndNames() {
    List<SasEmoji> all = List.of(SasEmoji.values());
    Set<String> emoji = new HashSet<>();
    Set<String> names = new HashSet<>();
    all.forEach(
        e -> {
          emoji.add(e.emoji());
          names.add(e.displayName());
        });

    assertThat(all).hasSize(64);
    assertThat(emoji).hasSize(64);
    assertThat(names).hasSize(64);
    assertThat(SasEmoji.DOG.emoji()).isEqualTo("\uD83D\uDC36");
    assertThat(SasEmoji.CLOUD.emoji()).isEqualTo("\u2601\uFE0F");
    assertThat(SasEmoji.PIN.displayName()).isEqualTo("Pin");
  }
}
