package chat.client.net;

import java.nio.file.Path;

/**
 * A file attached to a message in the {@link Outbox}: where it is on this computer and the name it
 * goes by, and its {@code fileId} once the server stored it (null until then, so that an upload cut
 * short by a dropped connection is made again when the connection comes back).
 */
public record OutboxFile(String path, String name, String fileId) {

  /** A file still to upload. */
  public static OutboxFile toUpload(Path path, String name) {
    return new OutboxFile(path.toString(), name, null);
  }

  public boolean uploaded() {
    return fileId != null;
  }

  public OutboxFile withFileId(String id) {
    return new OutboxFile(path, name, id);
  }
}
