package chat.server.store;

import java.util.Collection;
import java.util.Set;

/**
 * Who has a socket open, counted per node. A user is online while any live node holds one of their
 * sockets; a node that stops calling {@link #heartbeat} stops counting once others notice, so the
 * users of a node that died go offline without anyone closing their sockets.
 */
public interface PresenceStore {

  /** One more socket of the user on this node. */
  void socketOpened(String userId);

  /**
   * One socket fewer on this node.
   *
   * @return true when the user now has no socket on any live node
   */
  boolean socketClosed(String userId);

  /** The users among {@code userIds} who have a socket on a live node. */
  Set<String> onlineAmong(Collection<String> userIds);

  /**
   * Tells the other nodes this one is alive and its counts still hold, and forgets nodes that
   * stopped doing so. Called every few seconds by the server.
   */
  void heartbeat();
}
