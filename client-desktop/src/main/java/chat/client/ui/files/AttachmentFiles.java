package chat.client.ui.files;

import chat.client.net.Download;
import chat.client.net.FileDownloads;
import chat.protocol.model.Attachment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The files posted in the chats of one signed-in session: their images, fetched and cached ({@link
 * ImageCache}), and the files the user saves, each one's {@link Transfer} kept while the window
 * lives. Used on the FX thread.
 */
public final class AttachmentFiles {

  private final FileDownloads downloads;
  private final ImageCache images;
  private final Path downloadsFolder;
  private final Map<String, Transfer> transfers = new HashMap<>();

  /**
   * @param cacheDir the app's cache folder; the images go in its {@code images} folder
   * @param server the server's address, which tells its cached files from another server's
   * @param downloadsFolder where "Open" saves a file first; while it is not a folder, "Open" asks
   *     where
   */
  public AttachmentFiles(
      FileDownloads downloads, Path cacheDir, String server, Path downloadsFolder) {
    this.downloads = downloads;
    this.images =
        new ImageCache(
            downloads, cacheDir.resolve("images"), server, ImageCache.BUDGET, Platform::runLater);
    this.downloadsFolder = downloadsFolder;
  }

  public ImageCache images() {
    return images;
  }

  /** The Downloads folder "Open" saves to, or null when there is none (then it asks). */
  Path downloadsFolder() {
    return Files.isDirectory(downloadsFolder) ? downloadsFolder : null;
  }

  /** The save of {@code file} under way or last done in this window, or null. */
  Transfer transfer(Attachment file) {
    return transfers.get(file.fileId());
  }

  /**
   * Saves {@code file} to {@code target} (replacing a file there: the user chose it), then runs
   * {@code saved} with it; any save of the same file under way is cancelled first.
   */
  Transfer save(Attachment file, Path target, Consumer<Path> saved) {
    Transfer running = transfers.get(file.fileId());
    if (running != null) {
      running.cancel();
    }
    Transfer transfer = new Transfer();
    transfers.put(file.fileId(), transfer);
    Download download = downloads.start(file.url(), target, file.sha256(), transfer::received);
    transfer.follow(download, target, saved);
    return transfer;
  }
}
