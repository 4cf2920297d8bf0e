package chat.client.ui.emoji;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs of plain text and single emoji, so that each emoji can be drawn as a
 * picture while the text keeps its code points. An emoji is one grapheme cluster (the JDK's
 * character {@link BreakIterator} keeps ZWJ sequences, skin tones, flags and keycaps together) that
 * asks for emoji presentation: a character whose default is the picture, or one made a picture by
 * VS16, a keycap, a ZWJ join or a skin tone, or a pair of regional indicators (a flag).
 */
public final class EmojiRuns {

  /** A piece of text: one emoji, or plain text between emoji. */
  public record Run(String text, boolean emoji) {}

  private static final int ZWJ = 0x200D;
  private static final int VS15 = 0xFE0E;
  private static final int VS16 = 0xFE0F;
  private static final int KEYCAP = 0x20E3;

  private EmojiRuns() {}

  public static List<Run> split(String text) {
    List<Run> runs = new ArrayList<>();
    BreakIterator clusters = BreakIterator.getCharacterInstance();
    clusters.setText(text);
    int plainFrom = 0;
    int start = clusters.first();
    for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
      String cluster = text.substring(start, end);
      if (isEmoji(cluster)) {
        if (start > plainFrom) {
          runs.add(new Run(text.substring(plainFrom, start), false));
        }
        runs.add(new Run(cluster, true));
        plainFrom = end;
      }
    }
    if (plainFrom < text.length()) {
      runs.add(new Run(text.substring(plainFrom), false));
    }
    return runs;
  }

  /** Whether one grapheme cluster is shown as an emoji picture. */
  public static boolean isEmoji(String cluster) {
    int first = cluster.codePointAt(0);
    int[] rest = cluster.codePoints().skip(1).toArray();
    if (contains(rest, VS15)) {
      return false;
    }
    if (isRegionalIndicator(first)) {
      return rest.length == 1 && isRegionalIndicator(rest[0]);
    }
    if (contains(rest, VS16) || contains(rest, KEYCAP)) {
      return Character.isEmoji(first);
    }
    boolean joined = contains(rest, ZWJ) || (rest.length > 0 && Character.isEmojiModifier(rest[0]));
    return Character.isEmojiPresentation(first)
        || (joined && Character.isExtendedPictographic(first));
  }

  private static boolean isRegionalIndicator(int codePoint) {
    return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
  }

  private static boolean contains(int[] codePoints, int wanted) {
    for (int codePoint : codePoints) {
      if (codePoint == wanted) {
        return true;
      }
    }
    return false;
  }
}
