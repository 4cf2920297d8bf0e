package chat.client.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX image as PNG without the javafx-swing bridge, and draws one image over another (a
 * popup over its window) for screenshots.
 */
public final class Png {

  private Png() {}

  public static void write(Image image, Path file) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(out, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Draws {@code top} over {@code image} with its top-left corner at {@code (x, y)}. */
  static void drawOver(WritableImage image, Image top, int x, int y) {
    PixelReader below = image.getPixelReader();
    PixelReader above = top.getPixelReader();
    PixelWriter out = image.getPixelWriter();
    for (int row = 0; row < (int) top.getHeight(); row++) {
      for (int column = 0; column < (int) top.getWidth(); column++) {
        int atX = x + column;
        int atY = y + row;
        if (atX >= 0 && atY >= 0 && atX < image.getWidth() && atY < image.getHeight()) {
          Color over = above.getColor(column, row);
          Color under = below.getColor(atX, atY);
          double a = over.getOpacity();
          out.setColor(
              atX,
              atY,
              Color.color(
                  under.getRed() * (1 - a) + over.getRed() * a,
                  under.getGreen() * (1 - a) + over.getGreen() * a,
                  under.getBlue() * (1 - a) + over.getBlue() * a));
        }
      }
    }
  }
}
