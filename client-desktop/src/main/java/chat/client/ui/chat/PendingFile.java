package chat.client.ui.chat;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One file in the {@link AttachmentTray}, for the room it was added in: its upload's progress (0 to
 * 1), and where it stands.
 */
public final class PendingFile {

  /** Where a file's upload stands. */
  public enum State {
    UPLOADING,
    /** On the server: its id goes with the message. */
    DONE,
    /** Cut short by a dropped connection: uploaded again when the connection comes back. */
    WAITING,
    /** Refused (too large, the room takes none): {@link #errorProperty()} says why. */
    FAILED
  }

  private final String roomId;
  private final Path path;
  private final String name;
  private final long size;
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.UPLOADING);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private String fileId;

  PendingFile(String roomId, Path path, String name, long size) {
    this.roomId = roomId;
    this.path = path;
    this.name = name;
    this.size = size;
  }

  void uploading() {
    fileId = null;
    progress.set(0);
    error.set("");
    state.set(State.UPLOADING);
  }

  void sent(long bytes) {
    progress.set(size == 0 ? 1 : (double) bytes / size);
  }

  void done(String id) {
    fileId = id;
    progress.set(1);
    state.set(State.DONE);
  }

  void waiting() {
    error.set("Waiting for the connection");
    state.set(State.WAITING);
  }

  void failed(String why) {
    error.set(why);
    state.set(State.FAILED);
  }

  public String roomId() {
    return roomId;
  }

  public Path path() {
    return path;
  }

  public String name() {
    return name;
  }

  public long size() {
    return size;
  }

  /** The server's id once {@link State#DONE}, else null. */
  public String fileId() {
    return fileId;
  }

  public State state() {
    return state.get();
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Why it is waiting or failed; empty otherwise. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
