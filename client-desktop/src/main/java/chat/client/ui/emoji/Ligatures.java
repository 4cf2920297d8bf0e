package chat.client.ui.emoji;

import static chat.client.ui.emoji.OpenTypeTables.u16;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ligature substitutions of a font's {@code GSUB} table (lookup type 4, also behind type 7
 * extensions), applied in the font's order. A colour emoji font draws a sequence (a family joined
 * by ZWJ, a flag's two regional indicators, a skin tone, a keycap) as one ligature glyph.
 */
final class Ligatures {

  private static final int LIGATURE = 4;
  private static final int EXTENSION = 7;

  /** Each ligature subtable in order, as a slice starting at the subtable. */
  private final List<ByteBuffer> subtables = new ArrayList<>();

  Ligatures(ByteBuffer gsub) {
    int lookupList = u16(gsub, 8);
    int lookups = u16(gsub, lookupList);
    for (int i = 0; i < lookups; i++) {
      int lookup = lookupList + u16(gsub, lookupList + 2 + i * 2);
      int type = u16(gsub, lookup);
      int count = u16(gsub, lookup + 4);
      for (int s = 0; s < count; s++) {
        int subtable = lookup + u16(gsub, lookup + 6 + s * 2);
        if (type == EXTENSION && u16(gsub, subtable + 2) == LIGATURE) {
          add(gsub, subtable + gsub.getInt(subtable + 4));
        } else if (type == LIGATURE) {
          add(gsub, subtable);
        }
      }
    }
  }

  private void add(ByteBuffer gsub, int subtable) {
    subtables.add(gsub.slice(subtable, gsub.limit() - subtable));
  }

  /** The glyphs after every ligature that applies has replaced its components. */
  int[] apply(int[] glyphs) {
    int[] current = glyphs;
    for (ByteBuffer subtable : subtables) {
      current = applyOne(subtable, current);
    }
    return current;
  }

  private static int[] applyOne(ByteBuffer subtable, int[] glyphs) {
    int[] out = new int[glyphs.length];
    int length = 0;
    int at = 0;
    while (at < glyphs.length) {
      int covered = coverageIndex(subtable, u16(subtable, 2), glyphs[at]);
      int ligature = covered < 0 ? -1 : match(subtable, u16(subtable, 6 + covered * 2), glyphs, at);
      if (ligature >= 0) {
        out[length++] = u16(subtable, ligature);
        at += u16(subtable, ligature + 2);
      } else {
        out[length++] = glyphs[at++];
      }
    }
    return Arrays.copyOf(out, length);
  }

  /**
   * The offset of the first ligature of the set whose components follow {@code glyphs[at]}, or -1.
   * Fonts list a set's longer ligatures first.
   */
  private static int match(ByteBuffer subtable, int set, int[] glyphs, int at) {
    int count = u16(subtable, set);
    for (int i = 0; i < count; i++) {
      int ligature = set + u16(subtable, set + 2 + i * 2);
      int components = u16(subtable, ligature + 2);
      if (at + components > glyphs.length) {
        continue;
      }
      boolean same = true;
      for (int c = 1; c < components && same; c++) {
        same = u16(subtable, ligature + 2 + c * 2) == glyphs[at + c];
      }
      if (same) {
        return ligature;
      }
    }
    return -1;
  }

  /** Where a glyph is in a coverage table (formats 1 and 2), or -1 when it is not covered. */
  private static int coverageIndex(ByteBuffer subtable, int coverage, int glyph) {
    int format = u16(subtable, coverage);
    int count = u16(subtable, coverage + 2);
    if (format == 1) {
      int low = 0;
      int high = count - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        int found = u16(subtable, coverage + 4 + middle * 2);
        if (found == glyph) {
          return middle;
        }
        if (found < glyph) {
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return -1;
    }
    for (int i = 0; i < count; i++) {
      int range = coverage + 4 + i * 6;
      if (glyph >= u16(subtable, range) && glyph <= u16(subtable, range + 2)) {
        return u16(subtable, range + 4) + glyph - u16(subtable, range);
      }
    }
    return -1;
  }
}
