package chat.server.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ten recovery codes of an account: each 80 random bits as 16 base32 letters in four groups
 * ({@code abcd-efgh-ijkl-mnop}), stored only as {@link OneTimeSecrets#hash hashes} of their
 * normalized form, so that a code typed in capitals or without its dashes still matches.
 */
final class RecoveryCodes {

  /** How many codes one setup hands out. */
  static final int COUNT = 10;

  private static final int RANDOM_BYTES = 10;
  private static final int GROUP = 4;
  private static final Pattern LOOKS_LIKE_ONE = Pattern.compile("[a-z2-7]{16}");

  private RecoveryCodes() {}

  /** {@link #COUNT} new codes, as the user is shown them. */
  static List<String> generate() {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      String letters =
          Base32.encode(OneTimeSecrets.randomBytes(RANDOM_BYTES)).toLowerCase(Locale.ROOT);
      StringBuilder code = new StringBuilder();
      for (int at = 0; at < letters.length(); at += GROUP) {
        if (at > 0) {
          code.append('-');
        }
        code.append(letters, at, at + GROUP);
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** The stored form of a code as the user typed it. */
  static String hash(String typed) {
    return OneTimeSecrets.hash(normalize(typed));
  }

  /** Whether the text could be a recovery code at all (checked before any store access). */
  static boolean looksLikeOne(String typed) {
    return LOOKS_LIKE_ONE.matcher(normalize(typed)).matches();
  }

  private static String normalize(String typed) {
    return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }
}
