package chat.client.net;

import chat.protocol.model.Attachment;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;

/**
 * One file on its way to the server ({@link Session#upload}): {@link #done()} completes with the
 * stored {@link Attachment}, or fails as the API's calls fail ({@link ApiException}, {@link
 * OfflineException}). {@link #cancel()} stops the bytes at once.
 */
public final class FileUpload {

  private final CompletableFuture<Attachment> done = new CompletableFuture<>();
  private Call call;
  private boolean cancelled;

  FileUpload() {}

  /** Completes on the session's executor (the FX thread in the app). */
  public CompletableFuture<Attachment> done() {
    return done;
  }

  /** Stops the upload, at whatever byte it is; {@link #done()} then fails, as cancelled. */
  public void cancel() {
    // Cancelled first: the stopped call fails at once on its own thread, and its failure (no
    // answer) must not complete done before the cancellation does.
    done.cancel(false);
    Call started;
    synchronized (this) {
      cancelled = true;
      started = call;
    }
    if (started != null) {
      started.cancel();
    }
  }

  /** The HTTP call carrying the bytes began: it is what {@link #cancel()} stops. */
  void started(Call started) {
    boolean stop;
    synchronized (this) {
      call = started;
      stop = cancelled;
    }
    if (stop) {
      started.cancel();
    }
  }

  void finished(CompletableFuture<Attachment> result) {
    result.whenComplete(
        (attachment, failure) -> {
          if (failure == null) {
            done.complete(attachment);
          } else {
            done.completeExceptionally(Failures.unwrap(failure));
          }
        });
  }
}
