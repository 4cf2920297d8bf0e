package chat.client.ui.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the colour emoji font the app uses: single emoji, and sequences drawn as one picture. Needs
 * Debian's fonts-noto-color-emoji on the build machine (CI installs it): the build bundles it.
 */
class EmojiFontTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

  private static EmojiFont font;

  @BeforeAll
  static void load() {
    font =
        EmojiFont.load()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "No colour emoji font: apt-get install fonts-noto-color-emoji"));
  }

  @Test
  void aSingleEmojiHasAPngPicture() {
    assertThat(font.png("\uD83D\uDC4D")).get().satisfies(EmojiFontTest::isPng);
  }

  @Test
  void sequencesHaveOnePictureEach() {
    for (String sequence :
        new String[] {
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "\uD83C\uDDEB\uD83C\uDDF7",
          "\uD83D\uDC4B\uD83C\uDFFF",
          "1\uFE0F\u20E3",
          "\u2764\uFE0F",
          "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08"
        }) {
      assertThat(font.png(sequence)).as(sequence).get().satisfies(EmojiFontTest::isPng);
    }
  }

  @Test
  void everyEmojiOnOfferHasAPicture() {
    EmojiCatalog.categories().stream()
        .flatMap(category -> category.emoji().stream())
        .forEach(emoji -> assertThat(font.png(emoji.text())).as(emoji.name()).isPresent());
  }

  @Test
  void theBundledCopyIsReadWhenNoFontIsInstalled() {
    assertThat(EmojiFont.load(List.of()).flatMap(bundled -> bundled.png("\uD83D\uDC4D")))
        .get()
        .satisfies(EmojiFontTest::isPng);
  }

  @Test
  void aDamagedFontLeavesTheEmojiAsText() throws IOException {
    ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(installedOrBundled()));
    int tables = Short.toUnsignedInt(file.getShort(4));
    for (int i = 0; i < tables; i++) {
      int record = 12 + i * 16;
      if (file.getInt(record) == ('C' << 24 | 'B' << 16 | 'D' << 8 | 'T')) {
        file.putInt(record + 12, 16); // the picture data cut to 16 bytes
      }
    }
    assertThat(new EmojiFont(file).png("\uD83D\uDC4D")).isEmpty();
  }

  @Test
  void aLetterHasNoPicture() {
    assertThat(font.png("a")).isEmpty();
  }

  private static Path installedOrBundled() {
    Path installed = Path.of("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf");
    return Files.isReadable(installed)
        ? installed
        : Path.of("target/classes/chat/client/ui/emoji/" + EmojiFont.BUNDLED);
  }

  private static void isPng(byte[] png) {
    assertThat(png).startsWith(PNG_SIGNATURE);
  }
}
