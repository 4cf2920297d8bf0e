package chat.client.ui.emoji;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The colour pictures of a colour emoji font, looked up by emoji sequence. JavaFX draws colour
 * glyphs only on macOS ({@code sbix}) and Windows ({@code COLR}); on Linux its FreeType path draws
 * every glyph in one colour, and a bitmap-only {@code CBDT} font not at all. So the app reads the
 * font's pictures itself and shows them as images: the installed Noto Color Emoji when there is
 * one, else the copy the build puts beside this class (SIL Open Font License, see {@code
 * NOTICE-emoji.txt}).
 */
public final class EmojiFont {

  private static final Logger LOG = LoggerFactory.getLogger(EmojiFont.class);

  static final String BUNDLED = "NotoColorEmoji.ttf";

  private static final List<Path> INSTALLED =
      List.of(
          Path.of("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"),
          Path.of("/usr/share/fonts/noto/NotoColorEmoji.ttf"),
          Path.of("/usr/share/fonts/google-noto-emoji/NotoColorEmoji.ttf"),
          Path.of("/usr/share/fonts/google-noto-color-emoji-fonts/NotoColorEmoji.ttf"));

  private static final int VS15 = 0xFE0E;
  private static final int VS16 = 0xFE0F;

  private final CharacterMap characters;
  private final Ligatures ligatures;
  private final ColorBitmaps bitmaps;

  EmojiFont(ByteBuffer file) {
    OpenTypeTables tables = new OpenTypeTables(file);
    this.characters = new CharacterMap(tables.table("cmap"));
    this.ligatures = new Ligatures(tables.table("GSUB"));
    this.bitmaps = new ColorBitmaps(tables.table("CBLC"), tables.table("CBDT"));
  }

  /** The installed font, else the bundled one; empty (emoji stay text) when neither reads. */
  static Optional<EmojiFont> load() {
    return load(INSTALLED);
  }

  /** The first readable font of {@code installed}, else the bundled one. */
  static Optional<EmojiFont> load(List<Path> installed) {
    for (Path path : installed) {
      if (Files.isReadable(path)) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
          return Optional.of(
              new EmojiFont(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size())));
        } catch (IOException | RuntimeException e) {
          LOG.warn("Cannot read the emoji font {}: {}", path, e.toString());
        }
      }
    }
    try (InputStream in = EmojiFont.class.getResourceAsStream(BUNDLED)) {
      if (in != null) {
        return Optional.of(new EmojiFont(ByteBuffer.wrap(in.readAllBytes())));
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot read the bundled emoji font: {}", e.toString());
    }
    LOG.info("No colour emoji font: emoji are shown as text");
    return Optional.empty();
  }

  /**
   * The PNG picture of one emoji (a grapheme cluster), empty when the font draws it as no single
   * picture. Variation selectors only choose the emoji presentation, which a picture already is.
   */
  Optional<byte[]> png(String emoji) {
    int[] glyphs =
        emoji.codePoints().filter(c -> c != VS15 && c != VS16).map(characters::glyph).toArray();
    if (glyphs.length == 0 || glyphs[0] == 0) {
      return Optional.empty();
    }
    try {
      int[] shaped = glyphs.length == 1 ? glyphs : ligatures.apply(glyphs);
      return shaped.length == 1 ? bitmaps.png(shaped[0]) : Optional.empty();
    } catch (IndexOutOfBoundsException e) {
      // A damaged font points outside its tables: that emoji stays text, the chat goes on.
      LOG.warn(
          "The emoji font has no readable picture for {}: {}",
          emoji.codePoints().mapToObj(Integer::toHexString).toList(),
          e.toString());
      return Optional.empty();
    }
  }
}
