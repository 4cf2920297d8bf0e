package chat.client.ui.emoji;

import static chat.client.ui.emoji.OpenTypeTables.u16;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The PNG pictures of a colour bitmap font ({@code CBLC} index, {@code CBDT} data; Noto Color
 * Emoji's format), from its largest strike. Index subtable formats 1, 3 and 4 and image formats 17,
 * 18 and 19 are read: the ones that carry PNG data with their own lengths.
 */
final class ColorBitmaps {

  private static final int SIZE_RECORD = 48;

  private final ByteBuffer index;
  private final ByteBuffer data;
  private final int strike;

  ColorBitmaps(ByteBuffer cblc, ByteBuffer cbdt) {
    this.index = cblc;
    this.data = cbdt;
    int sizes = cblc.getInt(4);
    int largest = 8;
    for (int i = 0; i < sizes; i++) {
      int record = 8 + i * SIZE_RECORD;
      if (ppem(record) > ppem(largest)) {
        largest = record;
      }
    }
    this.strike = largest;
  }

  private int ppem(int record) {
    return Byte.toUnsignedInt(index.get(record + 45));
  }

  /** The glyph's PNG bytes, empty when the strike has no picture for it. */
  Optional<byte[]> png(int glyph) {
    int array = index.getInt(strike);
    int subtables = index.getInt(strike + 8);
    for (int i = 0; i < subtables; i++) {
      int entry = array + i * 8;
      int first = u16(index, entry);
      int last = u16(index, entry + 2);
      if (glyph >= first && glyph <= last) {
        return image(array + index.getInt(entry + 4), glyph, first);
      }
    }
    return Optional.empty();
  }

  private Optional<byte[]> image(int subtable, int glyph, int first) {
    int indexFormat = u16(index, subtable);
    int imageFormat = u16(index, subtable + 2);
    int imageData = index.getInt(subtable + 4);
    int at4 = subtable + 8 + (glyph - first) * 4;
    int at2 = subtable + 8 + (glyph - first) * 2;
    int offset =
        switch (indexFormat) {
          case 1 -> present(index.getInt(at4), index.getInt(at4 + 4));
          case 3 -> present(u16(index, at2), u16(index, at2 + 2));
          case 4 -> sparseOffset(subtable, glyph);
          default -> -1;
        };
    return offset < 0 ? Optional.empty() : pngAt(imageFormat, imageData + offset);
  }

  /** Formats 1 and 3: a glyph without a picture has an empty span. */
  private static int present(int offset, int next) {
    return next > offset ? offset : -1;
  }

  /** Format 4 lists only the glyphs it has, as (glyph, offset) pairs. */
  private int sparseOffset(int subtable, int glyph) {
    int count = index.getInt(subtable + 8);
    for (int i = 0; i < count; i++) {
      int pair = subtable + 12 + i * 4;
      if (u16(index, pair) == glyph) {
        return u16(index, pair + 2);
      }
    }
    return -1;
  }

  private Optional<byte[]> pngAt(int imageFormat, int at) {
    int metrics =
        switch (imageFormat) {
          case 17 -> 5;
          case 18 -> 8;
          case 19 -> 0;
          default -> -1;
        };
    if (metrics < 0) {
      return Optional.empty();
    }
    int length = data.getInt(at + metrics);
    byte[] png = new byte[length];
    data.get(at + metrics + 4, png);
    return Optional.of(png);
  }
}
