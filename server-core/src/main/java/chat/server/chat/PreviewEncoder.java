package chat.server.chat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Scales decoded pixels into a square box and encodes them: PNG where the image has an alpha
 * channel (so transparency stays), JPEG otherwise. The size is computed from the image's declared
 * size, not the subsampled pixels', so a rendition has the image's aspect ratio; an image already
 * within the box keeps its size (never enlarged). Scaling halves the image step by step with
 * bilinear filtering before the last step, which keeps a large reduction smooth without the cost of
 * area averaging.
 */
final class PreviewEncoder {

  static final String PNG = "image/png";
  static final String JPEG = "image/jpeg";

  private static final float JPEG_QUALITY = 0.85f;

  private PreviewEncoder() {}

  /** What the renditions of these pixels are encoded as. */
  static String typeFor(BufferedImage pixels) {
    return pixels.getColorModel().hasAlpha() ? PNG : JPEG;
  }

  /**
   * The rendition of an image of {@code width} by {@code height} pixels (decoded, perhaps
   * subsampled, as {@code pixels}) that fits {@code box} by {@code box}, encoded as {@link
   * #typeFor}.
   */
  static byte[] render(BufferedImage pixels, int width, int height, int box) {
    double scale = Math.min(1.0, (double) box / Math.max(width, height));
    int targetWidth = Math.max(1, (int) Math.round(width * scale));
    int targetHeight = Math.max(1, (int) Math.round(height * scale));
    boolean alpha = pixels.getColorModel().hasAlpha();
    BufferedImage current = pixels;
    while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
      current = scaled(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
    }
    return encode(scaled(current, targetWidth, targetHeight, alpha), alpha);
  }

  private static BufferedImage scaled(BufferedImage source, int width, int height, boolean alpha) {
    BufferedImage target =
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  private static byte[] encode(BufferedImage image, boolean alpha) {
    ImageWriter writer = ImageIO.getImageWritersByMIMEType(alpha ? PNG : JPEG).next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (!alpha) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("encoding into memory cannot fail", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
