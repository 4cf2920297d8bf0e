package chat.server.chat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Makes the two previews of an uploaded image, once, while its upload is stored: a thumbnail that
 * fits 320 by 320 pixels and a preview that fits 1280 by 1280, both from the server's own decoding
 * ({@link BoundedImageReader}), so a preview is only ever a picture the server could decode, never
 * the uploader's bytes. Decoding is bounded per image; at most {@link #AT_ONCE} images are decoded
 * at once on a node, so uploads together stay within a bounded amount of memory too (others wait
 * their turn).
 */
final class ImagePreviews {

  /** The thumbnail's box, in pixels. */
  static final int THUMBNAIL_BOX = 320;

  /** The preview's box, in pixels. */
  static final int PREVIEW_BOX = 1280;

  /** How many images a node decodes at once. */
  static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors());

  private static final Semaphore DECODING = new Semaphore(AT_ONCE);

  /**
   * The previews of an image, encoded.
   *
   * @param width the image's width in pixels
   * @param height the image's height in pixels
   * @param mimeType what both renditions are encoded as ({@code image/png} or {@code image/jpeg})
   */
  record Made(int width, int height, String mimeType, byte[] thumbnail, byte[] preview) {}

  private ImagePreviews() {}

  /**
   * The previews of the file, if it is an image the server previews (PNG, JPEG, GIF's first frame,
   * WebP) of at most 40 megapixels that decodes; empty for anything else.
   */
  static Optional<Made> make(Path file, String mimeType) {
    if (!BoundedImageReader.TYPES.contains(mimeType)) {
      return Optional.empty();
    }
    DECODING.acquireUninterruptibly();
    try {
      return BoundedImageReader.read(file, mimeType, PREVIEW_BOX)
          .map(
              image ->
                  new Made(
                      image.width(),
                      image.height(),
                      PreviewEncoder.typeFor(image.pixels()),
                      render(image, THUMBNAIL_BOX),
                      render(image, PREVIEW_BOX)));
    } finally {
      DECODING.release();
    }
  }

  private static byte[] render(BoundedImageReader.Decoded image, int box) {
    return PreviewEncoder.render(image.pixels(), image.width(), image.height(), box);
  }
}
