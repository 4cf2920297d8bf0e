package chat.server.store;

/** One storage adapter: every port, opened and closed together. */
public interface Storage extends AutoCloseable {

  UserStore users();

  SessionStore sessions();

  RoomStore rooms();

  MessageStore messages();

  EventBus events();

  PresenceStore presence();

  SecretStore secrets();

  ReadCursorStore readCursors();

  SearchIndex search();

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
