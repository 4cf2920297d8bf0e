package chat.client.ui.chat;

import chat.client.config.OwnerOnly;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * An image pasted from the clipboard as a PNG file to upload: it exists nowhere else, so it is
 * written into the app's data folder, readable by its owner only (a screenshot may hold anything),
 * and kept until its message went.
 */
final class PastedImages {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private PastedImages() {}

  /** Writes {@code image} into {@code dir} as "pasted-DATE-TIME-….png" and returns the file. */
  static Path save(Image image, Path dir) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    int[] argb = new int[width * height];
    image
        .getPixelReader()
        .getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    out.setRGB(0, 0, width, height, argb, 0, width);
    String name =
        "pasted-"
            + LocalDateTime.now().format(STAMP)
            + "-"
            + UUID.randomUUID().toString().substring(0, 6)
            + ".png";
    try {
      OwnerOnly.folder(dir);
      Path file = dir.resolve(name);
      OwnerOnly.newFile(file);
      // Into the file made above: ImageIO.write(…, File) would delete it and make one anyone reads.
      try (OutputStream stream = Files.newOutputStream(file)) {
        ImageIO.write(out, "png", stream);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the pasted image into " + dir, e);
    }
  }
}
