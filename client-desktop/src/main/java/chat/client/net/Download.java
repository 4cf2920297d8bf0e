package chat.client.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;

/**
 * One file on its way from the server to a file on disk ({@link FileDownloads#start}). The bytes go
 * to {@code <target>.part} first and replace the target only once all of them came and their
 * SHA-256 is the one the server named, so a cancelled, cut or damaged download never leaves a half
 * file under the target's name. {@link #cancel()} stops it at once, even mid-read.
 */
public final class Download {

  /** Told how far a download is, on the thread that reads it (never the FX thread). */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param total the file's size, or -1 when the server did not say
     */
    void received(long bytes, long total);
  }

  private static final int CHUNK = 64 * 1024;

  private final Progress progress;
  private final String sha256;
  private volatile Call call;
  private volatile boolean cancelled;
  private CompletableFuture<Path> done;

  Download(Progress progress, String sha256) {
    this.progress = progress;
    this.sha256 = sha256;
  }

  /**
   * Completes with the target once the file is whole on disk (through the session's executor: the
   * FX thread in the app); fails with the server's refusal, {@link OfflineException}, {@link
   * UncheckedIOException} when the disk would not take it, {@link IllegalStateException} when the
   * bytes are not those the server named, or {@link java.util.concurrent.CancellationException}
   * once cancelled.
   */
  public CompletableFuture<Path> done() {
    return done;
  }

  /** Stops the download; what came so far is deleted. */
  public void cancel() {
    cancelled = true;
    Call current = call;
    if (current != null) {
      current.cancel();
    }
  }

  public boolean cancelled() {
    return cancelled;
  }

  void finishes(CompletableFuture<Path> future) {
    this.done = future;
  }

  void started(Call started) {
    this.call = started;
    if (cancelled) {
      started.cancel();
    }
  }

  /**
   * Copies {@code in} (the response's body) to the target's part file and moves it over the target.
   * Reading fails with {@link IOException} (the network's); writing with {@link
   * UncheckedIOException}.
   */
  void write(InputStream in, long total, Path target) throws IOException {
    Path part = target.resolveSibling(target.getFileName() + ".part");
    MessageDigest digest = sha256();
    try {
      try (OutputStream out = open(part, target)) {
        byte[] buffer = new byte[CHUNK];
        long received = 0;
        progress.received(0, total);
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          try {
            out.write(buffer, 0, n);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
          }
          digest.update(buffer, 0, n);
          received += n;
          progress.received(received, total);
        }
      }
      if (sha256 != null && !sha256.equalsIgnoreCase(HexFormat.of().formatHex(digest.digest()))) {
        throw new IllegalStateException("the file arrived damaged (not the SHA-256 named for it)");
      }
      try {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target, e);
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private static OutputStream open(Path part, Path target) {
    try {
      return Files.newOutputStream(part);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
