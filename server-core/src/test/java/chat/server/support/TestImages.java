package chat.server.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Images made for tests, in memory: plain ones through ImageIO, and PNGs written by hand. */
public final class TestImages {

  /** A 1x1 lossy WebP (VP8), the smallest of its kind. */
  public static final byte[] WEBP_LOSSY =
      Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

  /** A 1x1 lossless WebP (VP8L). */
  public static final byte[] WEBP_LOSSLESS =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private TestImages() {}

  /** An opaque image of that size and colour. */
  public static BufferedImage filled(int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  /** An opaque image of that size: red on the left half, blue on the right. */
  public static BufferedImage halves(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return image;
  }

  /** An image of that size, transparent but for an opaque green square in its middle. */
  public static BufferedImage transparentWithSquare(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.GREEN);
    g.fillRect(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    return image;
  }

  /** The image encoded by ImageIO's writer of that format ({@code png}, {@code jpeg}, ...). */
  public static byte[] encoded(BufferedImage image, String format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalArgumentException("no writer of " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An animated GIF of these frames, in order. */
  public static byte[] gif(BufferedImage... frames) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage frame : frames) {
        writer.writeToSequence(new IIOImage(frame, null, null), null);
      }
      writer.endWriteSequence();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /**
   * A valid black-and-white PNG of that size, every pixel black: one bit a pixel, its rows of zeros
   * deflated to almost nothing, so that a PNG of 100 megapixels takes some kilobytes. A
   * decompression bomb when large.
   */
  public static byte[] blackPng(int width, int height) {
    int rowBytes = 1 + (width + 7) / 8;
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflated = new DeflaterOutputStream(idat)) {
      byte[] row = new byte[rowBytes];
      for (int y = 0; y < height; y++) {
        deflated.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png(width, height, idat.toByteArray());
  }

  /** A PNG's signature and header chunk declaring that size, then nothing a reader could decode. */
  public static byte[] pngHeaderOnly(int width, int height) {
    return png(width, height, new byte[] {1, 2, 3});
  }

  /** Bytes that open like a PNG (its signature) and go on as an HTML page. */
  public static byte[] pngSignatureThenHtml() {
    return concat(
        PNG_SIGNATURE,
        "<html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.US_ASCII));
  }

  /** A decodable image followed by an HTML page: a polyglot. */
  public static byte[] pngThenHtml(BufferedImage image) {
    return concat(
        encoded(image, "png"),
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
  }

  /** Decodes bytes with ImageIO; fails when they are no image it reads. */
  public static BufferedImage decoded(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null) {
        throw new IllegalArgumentException("not an image ImageIO reads");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PNG of that size, grayscale at one bit a pixel, with these bytes as its image data. */
  private static byte[] png(int width, int height, byte[] idat) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      png.write(PNG_SIGNATURE);
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream fields = new DataOutputStream(header);
      fields.writeInt(width);
      fields.writeInt(height);
      fields.write(new byte[] {1, 0, 0, 0, 0});
      chunk(png, "IHDR", header.toByteArray());
      chunk(png, "IDAT", idat);
      chunk(png, "IEND", new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
      throws IOException {
    DataOutputStream out = new DataOutputStream(png);
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeInt(data.length);
    out.write(typeBytes);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
