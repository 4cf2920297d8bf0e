package chat.client.ui.files;

import chat.client.net.Download;
import chat.client.net.Failures;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One file being saved, as a card shows it: how far it is (0 to 1, or -1 while its size is not
 * known), whether it is still running, and a line saying where it went or why it did not. It
 * outlives the card that started it, so a row drawn anew shows the same progress.
 */
public final class Transfer {

  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Downloading…");
  private final AtomicBoolean progressQueued = new AtomicBoolean();
  private volatile double latest = -1;
  private Download download;

  Transfer() {}

  /**
   * Follows {@code started}: progress as it comes (one FX update at a time however fast bytes
   * come), then "Saved to …" and {@code saved}, or why not.
   */
  void follow(Download started, Path target, Consumer<Path> saved) {
    this.download = started;
    started
        .done()
        .whenComplete(
            (path, failure) -> {
              running.set(false);
              if (failure == null) {
                progress.set(1);
                status.set("Saved to " + path);
                saved.accept(path);
              } else {
                status.set(describe(failure, target));
              }
            });
  }

  /** Told by the download's thread: the FX thread hears of it when it is free. */
  void received(long bytes, long total) {
    latest = total > 0 ? (double) bytes / total : -1;
    if (progressQueued.compareAndSet(false, true)) {
      Platform.runLater(
          () -> {
            progressQueued.set(false);
            if (running.get()) {
              progress.set(latest);
            }
          });
    }
  }

  /** Stops the download; the card then says it was cancelled. */
  public void cancel() {
    if (download != null) {
      download.cancel();
    }
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Why a download did not save, in a sentence. */
  static String describe(Throwable failure, Path target) {
    Throwable cause = Failures.unwrap(failure);
    return switch (cause) {
      case CancellationException c -> "Cancelled";
      case UncheckedIOException e -> "Could not write " + target + ": " + e.getCause().getMessage();
      case IllegalArgumentException e -> "Download failed: " + e.getMessage();
      case IllegalStateException e -> "Download failed: " + e.getMessage();
      default -> "Download failed: " + Failures.describe(cause);
    };
  }
}
