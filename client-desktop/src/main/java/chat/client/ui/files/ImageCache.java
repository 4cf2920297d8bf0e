package chat.client.ui.files;

import chat.client.config.OwnerOnly;
import chat.client.net.FileDownloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The images shown in chats, fetched once: each file the server sends is kept on disk in the app's
 * cache folder (readable by its owner alone), and decoded, scaled down to the size it is shown at,
 * off the FX thread. The decoded images stay in memory up to {@code budget} bytes of pixels, the
 * least recently shown leaving first. Call it on the FX thread; its futures complete there.
 */
public final class ImageCache {

  /** What 4-byte pixels of the shown images may take in memory. */
  public static final long BUDGET = 64L * 1024 * 1024;

  private final FileDownloads downloads;
  private final Path dir;
  private final String server;
  private final long budget;
  private final Executor fx;
  private final Executor decoding = Executors.newVirtualThreadPerTaskExecutor();
  private final LinkedHashMap<String, Image> shown = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<String, CompletableFuture<Image>> coming = new HashMap<>();
  private long used;

  /**
   * @param dir the folder of the files fetched (made readable by its owner alone)
   * @param server the server's address: files of two servers never share a name in {@code dir}
   */
  public ImageCache(FileDownloads downloads, Path dir, String server, long budget, Executor fx) {
    this.downloads = downloads;
    this.dir = dir;
    this.server = server;
    this.budget = budget;
    this.fx = fx;
  }

  /**
   * The image at {@code url} fitted in a {@code box}-pixel square, if it is in memory; else null.
   */
  public Image shown(String url, int box) {
    return shown.get(key(url, box));
  }

  /**
   * The image at {@code url} fitted in a {@code box}-pixel square (never scaled up), from memory,
   * from disk or from the server, in that order; kept in memory when {@code keep}.
   *
   * @param sha256 the file's digest, checked when {@code url} is the file itself; null for a
   *     server's preview of it
   */
  public CompletableFuture<Image> load(String url, String sha256, int box, boolean keep) {
    String key = key(url, box);
    Image held = shown.get(key);
    if (held != null) {
      return CompletableFuture.completedFuture(held);
    }
    CompletableFuture<Image> already = coming.get(key);
    if (already != null) {
      return already;
    }
    CompletableFuture<Image> image = file(url, sha256).thenCompose(file -> decoded(file, box));
    coming.put(key, image);
    image.whenComplete(
        (decoded, failure) -> {
          coming.remove(key);
          if (decoded != null && keep) {
            keep(key, decoded);
          }
        });
    return image;
  }

  /** The file of {@code url} on disk: there already, or fetched now. */
  private CompletableFuture<Path> file(String url, String sha256) {
    Path file = dir.resolve(hex(server + " " + url));
    if (Files.isRegularFile(file)) {
      return CompletableFuture.completedFuture(file);
    }
    try {
      OwnerOnly.folder(dir);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(new UncheckedIOException(e));
    }
    return downloads
        .start(url, file, sha256, (bytes, total) -> {})
        .done()
        .thenApply(
            fetched -> {
              try {
                OwnerOnly.file(fetched);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return fetched;
            });
  }

  private CompletableFuture<Image> decoded(Path file, int box) {
    return CompletableFuture.supplyAsync(() -> decode(file, box), decoding)
        .thenApplyAsync(image -> image, fx);
  }

  /** Decodes {@code file} scaled down to fit {@code box}; fails when it is not an image. */
  static Image decode(Path file, int box) {
    try {
      double[] size = size(file);
      double scale = Math.min(1, box / Math.max(size[0], size[1]));
      try (InputStream in = Files.newInputStream(file)) {
        Image image = new Image(in, size[0] * scale, size[1] * scale, true, true);
        if (image.isError()) {
          throw new IOException("not an image", image.getException());
        }
        return image;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The image's width and height, read from its header without decoding its pixels. */
  private static double[] size(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IOException("not an image this app can show");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new double[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    }
  }

  private void keep(String key, Image image) {
    if (shown.put(key, image) == null) {
      used += bytes(image);
    }
    Iterator<Map.Entry<String, Image>> oldest = shown.entrySet().iterator();
    while (used > budget && shown.size() > 1 && oldest.hasNext()) {
      used -= bytes(oldest.next().getValue());
      oldest.remove();
    }
  }

  private static long bytes(Image image) {
    return (long) image.getWidth() * (long) image.getHeight() * 4;
  }

  private static String key(String url, int box) {
    return box + " " + url;
  }

  private static String hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
