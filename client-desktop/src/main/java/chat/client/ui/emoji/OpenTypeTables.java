package chat.client.ui.emoji;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The tables of one OpenType font file, by tag. Each table is a read-only, big-endian slice whose
 * position 0 is the table's start, as the offsets inside it count from there.
 */
final class OpenTypeTables {

  private final Map<String, ByteBuffer> tables = new HashMap<>();

  OpenTypeTables(ByteBuffer file) {
    ByteBuffer font = file.duplicate().order(ByteOrder.BIG_ENDIAN);
    int count = Short.toUnsignedInt(font.getShort(4));
    for (int i = 0; i < count; i++) {
      int record = 12 + i * 16;
      byte[] tag = new byte[4];
      font.get(record, tag);
      int offset = font.getInt(record + 8);
      int length = font.getInt(record + 12);
      tables.put(
          new String(tag, StandardCharsets.US_ASCII),
          font.slice(offset, length).order(ByteOrder.BIG_ENDIAN).asReadOnlyBuffer());
    }
  }

  /** The table, or an exception naming it when the font has none. */
  ByteBuffer table(String tag) {
    ByteBuffer table = tables.get(tag);
    if (table == null) {
      throw new IllegalArgumentException("The font has no " + tag + " table");
    }
    return table;
  }

  static int u16(ByteBuffer table, int at) {
    return Short.toUnsignedInt(table.getShort(at));
  }
}
