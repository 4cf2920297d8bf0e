package chat.client.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Keys with known bytes for the formats' fixed vectors, taken from the RFCs' own vectors so that
 * their public halves are known too: Ed25519 keys from RFC 8032 §7.1, X25519 keys from RFC 7748
 * §6.1.
 */
final class FixedKeys {

  private static final HexFormat HEX = HexFormat.of();

  /** RFC 8032 TEST 1. */
  static final SigningKeyPair ED_1 =
      new SigningKeyPair(
          HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
          HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));

  /** RFC 8032 TEST 2. */
  static final SigningKeyPair ED_2 =
      new SigningKeyPair(
          HEX.parseHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"),
          HEX.parseHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"));

  /** RFC 8032 TEST 3. */
  static final SigningKeyPair ED_3 =
      new SigningKeyPair(
          HEX.parseHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"),
          HEX.parseHex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025"));

  /** RFC 7748 §6.1, Alice. */
  static final AgreementKeyPair X_ALICE =
      new AgreementKeyPair(
          HEX.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"),
          HEX.parseHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"));

  /** RFC 7748 §6.1, Bob. */
  static final AgreementKeyPair X_BOB =
      new AgreementKeyPair(
          HEX.parseHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"),
          HEX.parseHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"));

  private FixedKeys() {}

  static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
