package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.chat.ImagePreviews.Made;
import chat.server.support.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previews of an image: fitted into 320 and 1280 pixel boxes with the image's aspect ratio,
 * never enlarged, PNG when transparent and JPEG otherwise, and none at all for what the server must
 * not or cannot decode: a decompression bomb, bytes that only look like an image.
 */
class ImagePreviewsTest {

  @TempDir Path folder;

  private Optional<Made> previewsOf(byte[] bytes, String mimeType) throws IOException {
    Path file = Files.createTempFile(folder, "image", ".bin");
    Files.write(file, bytes);
    return ImagePreviews.make(file, mimeType);
  }

  private static void assertSize(byte[] encoded, int width, int height) {
    BufferedImage image = TestImages.decoded(encoded);
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
  }

  private static boolean reddish(int rgb) {
    Color color = new Color(rgb);
    return color.getRed() > 200 && color.getBlue() < 60;
  }

  @Test
  void aLargeJpegFitsBothBoxesKeepingItsAspectAsJpegs() throws Exception {
    byte[] jpeg = TestImages.encoded(TestImages.halves(3000, 1500), "jpeg");

    Made made = previewsOf(jpeg, "image/jpeg").orElseThrow();

    assertThat(made.width()).isEqualTo(3000);
    assertThat(made.height()).isEqualTo(1500);
    assertThat(made.mimeType()).isEqualTo("image/jpeg");
    assertSize(made.thumbnail(), 320, 160);
    assertSize(made.preview(), 1280, 640);
    BufferedImage thumbnail = TestImages.decoded(made.thumbnail());
    assertThat(reddish(thumbnail.getRGB(40, 80))).isTrue();
    assertThat(reddish(thumbnail.getRGB(280, 80))).isFalse();
  }

  @Test
  void aTallImageFitsByItsHeight() throws Exception {
    byte[] png = TestImages.encoded(TestImages.halves(500, 2000), "png");

    Made made = previewsOf(png, "image/png").orElseThrow();

    assertSize(made.thumbnail(), 80, 320);
    assertSize(made.preview(), 320, 1280);
  }

  @Test
  void aSmallImageIsNeverEnlarged() throws Exception {
    byte[] png = TestImages.encoded(TestImages.halves(100, 50), "png");

    Made made = previewsOf(png, "image/png").orElseThrow();

    assertThat(made.width()).isEqualTo(100);
    assertSize(made.thumbnail(), 100, 50);
    assertSize(made.preview(), 100, 50);
  }

  @Test
  void aTransparentImageKeepsItsTransparencyAsPng() throws Exception {
    byte[] png = TestImages.encoded(TestImages.transparentWithSquare(640, 640), "png");

    Made made = previewsOf(png, "image/png").orElseThrow();

    assertThat(made.mimeType()).isEqualTo("image/png");
    BufferedImage thumbnail = TestImages.decoded(made.thumbnail());
    assertThat(thumbnail.getWidth()).isEqualTo(320);
    assertThat(thumbnail.getColorModel().hasAlpha()).isTrue();
    assertThat(thumbnail.getRGB(5, 5) >>> 24).as("corner alpha").isZero();
    assertThat(thumbnail.getRGB(160, 160)).isEqualTo(Color.GREEN.getRGB());
  }

  @Test
  void aGifIsPreviewedByItsFirstFrame() throws Exception {
    byte[] gif =
        TestImages.gif(
            TestImages.filled(400, 200, Color.RED), TestImages.filled(400, 200, Color.BLUE));

    Made made = previewsOf(gif, "image/gif").orElseThrow();

    assertThat(made.width()).isEqualTo(400);
    assertSize(made.thumbnail(), 320, 160);
    assertThat(reddish(TestImages.decoded(made.thumbnail()).getRGB(10, 10))).isTrue();
  }

  @Test
  void webpImagesArePreviewedLossyAndLossless() throws Exception {
    for (byte[] webp : new byte[][] {TestImages.WEBP_LOSSY, TestImages.WEBP_LOSSLESS}) {
      Made made = previewsOf(webp, "image/webp").orElseThrow();

      assertThat(made.width()).isEqualTo(1);
      assertThat(made.height()).isEqualTo(1);
      assertSize(made.thumbnail(), 1, 1);
    }
  }

  @Test
  void anImageOfExactlyFortyMegapixelsIsDecodedSubsampled() throws Exception {
    Made made = previewsOf(TestImages.blackPng(8000, 5000), "image/png").orElseThrow();

    assertThat(made.width()).isEqualTo(8000);
    assertSize(made.preview(), 1280, 800);
    assertSize(made.thumbnail(), 320, 200);
  }

  @Test
  void aDecompressionBombOfAHundredMegapixelsIsNeverDecoded() throws Exception {
    byte[] bomb = TestImages.blackPng(10_000, 10_000);
    assertThat(bomb.length)
        .as("a few kilobytes that would decode to 100 megapixels")
        .isLessThan(50_000);

    assertThat(previewsOf(bomb, "image/png")).isEmpty();
    assertThat(previewsOf(TestImages.pngHeaderOnly(10_000, 10_000), "image/png")).isEmpty();
  }

  @Test
  void bytesThatDoNotDecodeGetNoPreviews() throws Exception {
    byte[] garbage = "not an image at all".getBytes(StandardCharsets.US_ASCII);
    byte[] truncated = Arrays.copyOf(TestImages.encoded(TestImages.halves(200, 200), "jpeg"), 40);

    assertThat(previewsOf(garbage, "image/jpeg")).isEmpty();
    assertThat(previewsOf(truncated, "image/jpeg")).isEmpty();
    assertThat(previewsOf(TestImages.pngHeaderOnly(20, 20), "image/png")).isEmpty();
    assertThat(previewsOf(TestImages.pngSignatureThenHtml(), "image/png")).isEmpty();
  }

  @Test
  void aPngOfAnotherTypeIsNotDecodedAsThatType() throws Exception {
    byte[] png = TestImages.encoded(TestImages.halves(100, 50), "png");

    assertThat(previewsOf(png, "image/jpeg")).isEmpty();
    assertThat(previewsOf(png, "application/octet-stream")).isEmpty();
  }

  @Test
  void aPolyglotsPreviewsAreOnlyTheServersOwnEncodingOfItsPixels() throws Exception {
    byte[] polyglot = TestImages.pngThenHtml(TestImages.halves(64, 32));

    Made made = previewsOf(polyglot, "image/png").orElseThrow();

    assertSize(made.thumbnail(), 64, 32);
    assertThat(new String(made.thumbnail(), StandardCharsets.ISO_8859_1)).doesNotContain("<html");
    assertThat(new String(made.preview(), StandardCharsets.ISO_8859_1)).doesNotContain("<html");
  }
}
