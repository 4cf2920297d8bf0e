package chat.protocol;

import java.util.regex.Pattern;

/**
 * What a reaction may be: exactly one emoji, as people pick it from an emoji keyboard. That is one
 * extended grapheme cluster made only of emoji code points, in one of the shapes Unicode's emoji
 * sequences take: a single emoji (a text-style one such as ❤ only with the emoji variation selector
 * VS16, U+FE0F), an emoji with a skin-tone modifier, a keycap ({@code 0-9 # *}, VS16, U+20E3), a
 * flag (two regional indicators), a tag sequence (a black flag, tags, a cancel tag, as in the flags
 * of England or Scotland), or emoji of those kinds joined by ZERO WIDTH JOINER. Letters, digits
 * alone, punctuation, text with an emoji in it and two emoji side by side are not. Client and
 * server share this rule, so the client can refuse before sending.
 */
public final class EmojiCheck {

  private static final int ZWJ = 0x200D;
  private static final int VS16 = 0xFE0F;
  private static final int KEYCAP = 0x20E3;
  private static final int BLACK_FLAG = 0x1F3F4;
  private static final int CANCEL_TAG = 0xE007F;
  private static final Pattern ONE_GRAPHEME = Pattern.compile("\\X");

  private EmojiCheck() {}

  /** Whether {@code text} is exactly one emoji. */
  public static boolean isSingleEmoji(String text) {
    if (text == null || text.isEmpty() || !Require.isWellFormed(text)) {
      return false;
    }
    int[] cps = text.codePoints().toArray();
    boolean shaped = isKeycap(cps) || isFlag(cps) || isTagSequence(cps) || isJoinedSequence(cps);
    return shaped && ONE_GRAPHEME.matcher(text).matches();
  }

  private static boolean isKeycap(int[] cps) {
    return (cps.length == 2 || cps.length == 3 && cps[1] == VS16)
        && isKeycapBase(cps[0])
        && cps[cps.length - 1] == KEYCAP;
  }

  private static boolean isFlag(int[] cps) {
    return cps.length == 2 && isRegionalIndicator(cps[0]) && isRegionalIndicator(cps[1]);
  }

  private static boolean isTagSequence(int[] cps) {
    if (cps.length < 3 || cps[0] != BLACK_FLAG || cps[cps.length - 1] != CANCEL_TAG) {
      return false;
    }
    for (int i = 1; i < cps.length - 1; i++) {
      if (cps[i] < 0xE0020 || cps[i] > 0xE007E) {
        return false;
      }
    }
    return true;
  }

  /**
   * One emoji element, or several joined by ZWJ; each element is an emoji, optionally followed by
   * VS16 or (for a modifier base) a skin-tone modifier. Alone and bare, an element must be one that
   * shows as emoji by default.
   */
  private static boolean isJoinedSequence(int[] cps) {
    int elements = 0;
    int i = 0;
    boolean qualified = false;
    while (i < cps.length) {
      int base = cps[i++];
      if (!isElementBase(base)) {
        return false;
      }
      elements++;
      qualified = Character.isEmojiPresentation(base);
      if (i < cps.length && cps[i] == VS16) {
        qualified = true;
        i++;
      } else if (i < cps.length && Character.isEmojiModifier(cps[i])) {
        if (!Character.isEmojiModifierBase(base)) {
          return false;
        }
        qualified = true;
        i++;
      }
      if (i < cps.length) {
        if (cps[i] != ZWJ || i == cps.length - 1) {
          return false;
        }
        i++;
      }
    }
    return elements > 1 || qualified;
  }

  /** An emoji that can stand as an element: not a keycap's digit, a lone regional indicator… */
  private static boolean isElementBase(int cp) {
    return Character.isEmoji(cp)
        && !isKeycapBase(cp)
        && !isRegionalIndicator(cp)
        && !(Character.isEmojiComponent(cp) && !Character.isEmojiModifier(cp));
  }

  private static boolean isKeycapBase(int cp) {
    return cp >= '0' && cp <= '9' || cp == '#' || cp == '*';
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }
}
