package chat.server.chat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes an uploaded image for its previews, with its memory bounded whatever the bytes say.
 *
 * <p><b>Why the header first.</b> A decompression bomb is a small file that declares a huge image:
 * a few kilobytes of PNG can claim 10000 by 10000 pixels, 400 MB once decoded. So the size is read
 * from the header alone (an {@link ImageReader}'s {@code getWidth}/{@code getHeight} read no
 * pixels), an image over {@link #MAX_PIXELS} is never decoded, and any other is decoded with
 * subsampling (every n-th pixel of every n-th row) down to about the size its largest preview
 * needs, so what is held stays near that size, not the image's.
 *
 * <p>Only the reader of the type the bytes were detected as is used, and anything it cannot decode
 * (a truncated file, a polyglot that only starts like an image, a reader's own exception) is simply
 * no image: an upload never fails for its pixels.
 */
final class BoundedImageReader {

  /** The most pixels an image may declare and still be decoded: 40 megapixels. */
  static final long MAX_PIXELS = 40_000_000;

  /** The types previewed: the JDK reads the first three, the TwelveMonkeys plugin WebP. */
  static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  private static final Logger log = LoggerFactory.getLogger(BoundedImageReader.class);

  /**
   * A decoded image.
   *
   * @param width the image's width as its header declares it, before subsampling
   * @param height likewise
   * @param pixels the first frame, subsampled to no less than the requested side where the image
   *     has it
   */
  record Decoded(int width, int height, BufferedImage pixels) {}

  private BoundedImageReader() {}

  /**
   * The first frame of the image in {@code file}, subsampled so that its longer side stays at least
   * {@code longestSide} (when the image has that many) and below twice that.
   *
   * @param mimeType what the bytes were detected as; any type outside {@link #TYPES} is no image
   * @return empty for no image: another type, too many pixels, or bytes that do not decode
   */
  static Optional<Decoded> read(Path file, String mimeType, int longestSide) {
    if (!TYPES.contains(mimeType)) {
      return Optional.empty();
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mimeType);
    if (!readers.hasNext()) {
      return Optional.empty();
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
        log.debug("not decoding a {} of {}x{} pixels", mimeType, width, height);
        return Optional.empty();
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = Math.max(1, Math.max(width, height) / longestSide);
      param.setSourceSubsampling(step, step, 0, 0);
      return Optional.of(new Decoded(width, height, reader.read(0, param)));
    } catch (IOException | RuntimeException undecodable) {
      log.debug("cannot decode a {}: {}", mimeType, undecodable.toString());
      return Optional.empty();
    } finally {
      reader.dispose();
    }
  }
}
