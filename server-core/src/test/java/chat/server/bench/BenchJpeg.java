package chat.server.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * A photo-like JPEG for the files scenario: a colour gradient with noise on every pixel, so it
 * compresses about as a camera's 12 MP photo does (a few MiB), not to a few KiB as a flat picture
 * would.
 */
final class BenchJpeg {

  /** 12 MP, 4:3. */
  static final int WIDTH = 4000;

  static final int HEIGHT = 3000;

  private static final int NOISE = 24;

  private BenchJpeg() {}

  /** Encodes a {@code width} × {@code height} noisy gradient with ImageIO's default quality. */
  static byte[] photo(int width, int height, long seed) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(seed);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int red = channel(255 * x / width, random);
        int green = channel(255 * y / height, random);
        int blue = channel(255 - 255 * (x + y) / (width + height), random);
        row[x] = red << 16 | green << 8 | blue;
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "jpeg", out)) {
      throw new IOException("this JDK has no JPEG writer");
    }
    return out.toByteArray();
  }

  /**
   * The same image with a comment segment ({@code COM}) saying {@code text} right after the start
   * of image marker: other bytes, so another digest, and the same picture to any decoder.
   */
  static byte[] withComment(byte[] jpeg, String text) {
    if ((jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
      throw new IllegalArgumentException("not a JPEG: no start of image marker");
    }
    byte[] comment = text.getBytes(StandardCharsets.UTF_8);
    int length = comment.length + 2;
    byte[] marked = new byte[jpeg.length + 2 + length];
    marked[0] = (byte) 0xff;
    marked[1] = (byte) 0xd8;
    marked[2] = (byte) 0xff;
    marked[3] = (byte) 0xfe;
    marked[4] = (byte) (length >> 8);
    marked[5] = (byte) length;
    System.arraycopy(comment, 0, marked, 6, comment.length);
    System.arraycopy(jpeg, 2, marked, 6 + comment.length, jpeg.length - 2);
    return marked;
  }

  private static int channel(int base, SplittableRandom random) {
    return Math.clamp(base + random.nextInt(-NOISE, NOISE + 1), 0, 255);
  }
}
