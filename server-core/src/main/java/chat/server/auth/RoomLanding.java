package chat.server.auth;

/**
 * Puts a newcomer who registered with a room invite into the invite's room. The rooms are the chat
 * side's, which implements this; registration only knows that the newcomer lands somewhere.
 */
@FunctionalInterface
public interface RoomLanding {

  /** Makes {@code userId} a member of {@code roomId} and tells its members. */
  void land(String userId, String roomId);
}
