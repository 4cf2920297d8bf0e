package chat.client.net;

/**
 * A file attached to a message in the {@link Outbox}: where it is on this computer and the name it
 * goes by, and its {@code fileId} once the server stored it (null until then, so that an upload cut
 * short by a dropped connection is made again when the connection comes back).
 */
public record OutboxFile(String path, String name, String fileId) {

  public boolean uploaded() {
    return fileId != null;
  }

  public OutboxFile withFileId(String id) {
    return new OutboxFile(path, name, id);
  }
}
