package chat.client.ui.emoji;

import static chat.client.ui.emoji.OpenTypeTables.u16;

import java.nio.ByteBuffer;

/**
 * A font's map from code points to glyphs: its {@code cmap} subtable of format 12, the one that
 * reaches beyond the Basic Multilingual Plane, where nearly all emoji are.
 */
final class CharacterMap {

  private final ByteBuffer groups;
  private final int count;

  CharacterMap(ByteBuffer cmap) {
    int subtables = u16(cmap, 2);
    for (int i = 0; i < subtables; i++) {
      int offset = cmap.getInt(4 + i * 8 + 4);
      if (u16(cmap, offset) == 12) {
        count = cmap.getInt(offset + 12);
        groups = cmap.slice(offset + 16, count * 12);
        return;
      }
    }
    throw new IllegalArgumentException("The font maps no code point beyond the BMP");
  }

  /** The glyph for a code point, 0 (the font's "missing" glyph) when it has none. */
  int glyph(int codePoint) {
    int low = 0;
    int high = count - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int start = groups.getInt(middle * 12);
      int end = groups.getInt(middle * 12 + 4);
      if (codePoint < start) {
        high = middle - 1;
      } else if (codePoint > end) {
        low = middle + 1;
      } else {
        return groups.getInt(middle * 12 + 8) + codePoint - start;
      }
    }
    return 0;
  }
}
