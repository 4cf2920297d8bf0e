package chat.client.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Files for tests and screenshots to post: made here, so that no test needs a file of its own. */
public final class SampleFiles {

  private SampleFiles() {}

  /** A PNG {@code width} by {@code height}: its left half red, its right half blue. */
  public static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return encode(image);
  }

  /** A PNG that looks like a photo of a sunset over the sea, for screenshots. */
  public static byte[] sunset(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    int horizon = height * 3 / 5;
    for (int y = 0; y < horizon; y++) {
      float t = (float) y / horizon;
      g.setColor(new Color(0.98f - 0.1f * t, 0.45f + 0.35f * t, 0.35f + 0.1f * t));
      g.drawLine(0, y, width, y);
    }
    g.setColor(new Color(1f, 0.88f, 0.45f));
    g.fillOval(width / 2 - height / 8, horizon - height / 8, height / 4, height / 4);
    for (int y = horizon; y < height; y++) {
      float t = (float) (y - horizon) / (height - horizon);
      g.setColor(new Color(0.12f + 0.1f * (1 - t), 0.3f - 0.1f * t, 0.5f - 0.15f * t));
      g.drawLine(0, y, width, y);
    }
    g.dispose();
    return encode(image);
  }

  /**
   * A file the server takes for a PDF (it starts as one does), about {@code size} bytes, of bytes
   * from {@code seed}.
   */
  public static byte[] pdf(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    byte[] head = "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }

  /** A zip archive holding one text file per name given, each saying its own name. */
  public static byte[] zip(String... names) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (String name : names) {
          zip.putNextEntry(new ZipEntry(name));
          zip.write(name.getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] encode(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
