package chat.server.store;

/** One storage adapter: every port, opened and closed together. */
public interface Storage extends AutoCloseable {

  /** The ports, built once when the adapter opened. */
  StorePorts ports();

  default UserStore users() {
    return ports().users();
  }

  default SessionStore sessions() {
    return ports().sessions();
  }

  default RoomStore rooms() {
    return ports().rooms();
  }

  default MessageStore messages() {
    return ports().messages();
  }

  default MessageChangeStore messageChanges() {
    return ports().messageChanges();
  }

  default EventBus events() {
    return ports().events();
  }

  default PresenceStore presence() {
    return ports().presence();
  }

  default SecretStore secrets() {
    return ports().secrets();
  }

  default ReadCursorStore readCursors() {
    return ports().readCursors();
  }

  default SearchIndex search() {
    return ports().search();
  }

  default FileStore files() {
    return ports().files();
  }

  /** {@code embedded} or {@code redis}, as {@code /api/info} reports it. */
  String mode();

  /**
   * Whether the store answers and takes writes right now (a full or read-only disk is not ready); a
   * quick check for {@code /readyz}.
   */
  boolean isReachable();

  /** Releases every resource; waits for writes in flight. */
  @Override
  void close();
}
