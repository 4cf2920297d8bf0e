package chat.client.ui.chat;

import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.client.net.FileUpload;
import chat.client.net.OutboxFile;
import chat.client.net.Session;
import chat.protocol.Features;
import chat.protocol.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The files waiting to go with the open room's next message: each starts uploading as it is added
 * (the attach button, a drop, a paste), shows its progress, and can be cancelled. One the server
 * refuses shows why, with Retry; one cut short by a dropped connection is uploaded again when the
 * connection comes back. Sending takes the room's files: those uploaded by their ids, those still
 * on their way to the outbox, which uploads them before the message goes. At most {@value #MAX}
 * files go with one message, as the server allows.
 */
public final class AttachmentTray {

  public static final int MAX = Limits.MAX_ATTACHMENTS_PER_MESSAGE;

  private final Session client;
  private final ObservableObjectValue<String> roomId;
  private final long maxBytes;
  private final ObservableList<PendingFile> all =
      FXCollections.observableArrayList(file -> new Observable[] {file.stateProperty()});
  private final FilteredList<PendingFile> shown;
  private final Map<PendingFile, FileUpload> uploads = new HashMap<>();
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final BooleanBinding anyDone;
  private final BooleanBinding refused;

  /**
   * @param roomId the open room, whose tray shows
   * @param encrypted the encrypted rooms: no file is attached there (it would go in clear)
   */
  AttachmentTray(Session client, ObservableObjectValue<String> roomId, EncryptedRooms encrypted) {
    this.client = client;
    this.roomId = roomId;
    this.refused = encrypted.containing(roomId);
    this.maxBytes =
        client.serverInfo().limits() == null
            ? Long.MAX_VALUE
            : client.serverInfo().limits().maxFileBytes();
    this.shown = new FilteredList<>(all, file -> file.roomId().equals(roomId.get()));
    roomId.addListener(
        (obs, old, now) -> {
          shown.setPredicate(file -> file.roomId().equals(now));
          notice.set("");
        });
    this.anyDone =
        Bindings.createBooleanBinding(
            () -> shown.stream().anyMatch(file -> file.state() == PendingFile.State.DONE), shown);
    client
        .statusProperty()
        .addListener(
            (obs, old, now) -> {
              if (now.connected()) {
                List.copyOf(all).stream()
                    .filter(file -> file.state() == PendingFile.State.WAITING)
                    .forEach(this::start);
              }
            });
  }

  /** Whether the server takes files at all: else there is nothing to attach with. */
  public boolean served() {
    return client.serverInfo().features().contains(Features.FILES);
  }

  /** Whether the open room takes no files: an encrypted room, until files are encrypted. */
  public BooleanBinding refusedProperty() {
    return refused;
  }

  /**
   * Adds {@code files} to the open room's tray and starts their uploads; past {@value #MAX} the
   * rest are left out and the tray says so. A file over the server's limit shows as refused at
   * once. An encrypted room takes none, and the tray says so.
   */
  public void add(List<Path> files) {
    String room = roomId.get();
    if (room == null) {
      return;
    }
    if (refused.get()) {
      notice.set(EncryptedSending.NO_FILES);
      return;
    }
    for (Path path : files) {
      if (shown.size() >= MAX) {
        notice.set("At most " + MAX + " files go with one message");
        return;
      }
      long size;
      try {
        size = Files.size(path);
      } catch (IOException e) {
        notice.set("Cannot read " + path.getFileName());
        continue;
      }
      if (Files.isDirectory(path)) {
        notice.set("Folders cannot be attached: " + path.getFileName());
        continue;
      }
      PendingFile file = new PendingFile(room, path, path.getFileName().toString(), size);
      all.add(file);
      if (size > maxBytes) {
        file.failed(UploadErrors.tooLarge(maxBytes));
      } else {
        start(file);
      }
    }
  }

  /**
   * Stops {@code file}'s upload, if it is on its way, and takes it out of the tray; a pasted image
   * (which exists nowhere else) is deleted.
   */
  public void cancel(PendingFile file) {
    FileUpload upload = uploads.remove(file);
    all.remove(file);
    if (upload != null) {
      upload.cancel();
    }
    if (file.path().startsWith(pastedDir())) {
      try {
        Files.deleteIfExists(file.path());
      } catch (IOException e) {
        notice.set("The pasted image could not be deleted: " + e.getMessage());
      }
    }
    if (shown.size() < MAX) {
      notice.set("");
    }
  }

  /** Cancels every file in the tray, in every room: the draft they were to go with is gone. */
  void discard() {
    List.copyOf(all).forEach(this::cancel);
  }

  /** Uploads a refused or waiting file again, unless it is over the server's limit. */
  public void retry(PendingFile file) {
    if (retryable(file)) {
      start(file);
    }
  }

  /** Whether {@link #retry} may help: waiting or refused, and not over the server's limit. */
  public boolean retryable(PendingFile file) {
    return (file.state() == PendingFile.State.FAILED || file.state() == PendingFile.State.WAITING)
        && file.size() <= maxBytes;
  }

  private void start(PendingFile file) {
    file.uploading();
    FileUpload upload =
        client.outgoing().upload(file.roomId(), file.path(), file.name(), file::sent);
    uploads.put(file, upload);
    upload
        .done()
        .whenComplete(
            (attachment, failure) -> {
              if (uploads.get(file) != upload) {
                return; // cancelled, or taken by a message
              }
              uploads.remove(file);
              Throwable cause = failure == null ? null : Failures.unwrap(failure);
              if (cause == null) {
                file.done(attachment.fileId());
              } else if (cause instanceof ApiException) {
                file.failed(UploadErrors.describe(cause, file.size(), maxBytes));
              } else if (!(cause instanceof CancellationException)) {
                file.waiting();
              }
            });
  }

  /**
   * Takes the open room's files for the message being sent: uploaded ones by their ids, those still
   * on their way (stopped here) to be uploaded by the outbox. Refused ones stay in the tray.
   */
  List<OutboxFile> take() {
    List<OutboxFile> taken = new ArrayList<>();
    for (PendingFile file : List.copyOf(shown)) {
      if (file.state() == PendingFile.State.FAILED) {
        continue;
      }
      FileUpload upload = uploads.remove(file);
      if (upload != null) {
        upload.cancel();
      }
      taken.add(new OutboxFile(file.path().toString(), file.name(), file.fileId()));
      all.remove(file);
    }
    notice.set("");
    return taken;
  }

  /** Says why something could not be attached, such as a pasted image that was not saved. */
  void cannotAttach(String why) {
    notice.set(why);
  }

  /** The open room's files, in the order they were added. */
  public ObservableList<PendingFile> files() {
    return shown;
  }

  /** Whether one of the open room's files is uploaded: a message may go with no text. */
  public BooleanBinding anyDone() {
    return anyDone;
  }

  /** The tray's own message, such as the limit of files per message; empty when none. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** Where pasted images are written, to be uploaded from and kept until their message went. */
  public Path pastedDir() {
    return client.outgoing().attachmentsDir();
  }
}
