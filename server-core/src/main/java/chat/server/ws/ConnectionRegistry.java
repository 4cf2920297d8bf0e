package chat.server.ws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.java_websocket.WebSocket;

/** The authenticated sockets of this node, by user and by session. */
final class ConnectionRegistry {

  private final Map<String, Set<ClientConnection>> byUser = new ConcurrentHashMap<>();
  private final Map<String, Set<ClientConnection>> bySession = new ConcurrentHashMap<>();

  void add(ClientConnection connection) {
    addTo(byUser, connection.user().userId(), connection);
    addTo(bySession, connection.user().sessionId(), connection);
  }

  /**
   * @return whether the connection was registered
   */
  boolean remove(ClientConnection connection) {
    if (connection.user() == null) {
      return false;
    }
    boolean removed = removeFrom(byUser, connection.user().userId(), connection);
    removeFrom(bySession, connection.user().sessionId(), connection);
    return removed;
  }

  /** The sockets of these users on this node. */
  List<WebSocket> socketsOf(Collection<String> userIds) {
    List<WebSocket> sockets = new ArrayList<>();
    for (String userId : userIds) {
      Set<ClientConnection> connections = byUser.get(userId);
      if (connections != null) {
        connections.forEach(connection -> sockets.add(connection.socket()));
      }
    }
    return sockets;
  }

  Set<ClientConnection> ofSession(String sessionId) {
    return bySession.getOrDefault(sessionId, Set.of());
  }

  /** The usernames of the users with at least one socket on this node, in alphabetical order. */
  List<String> usernames() {
    return byUser.values().stream()
        .flatMap(Set::stream)
        .map(connection -> connection.user().username())
        .distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .toList();
  }

  int size() {
    return byUser.values().stream().mapToInt(Set::size).sum();
  }

  /** Inside {@code compute}, so a concurrent removal cannot drop the set being added to. */
  private static void addTo(
      Map<String, Set<ClientConnection>> index, String key, ClientConnection connection) {
    index.compute(
        key,
        (k, set) -> {
          Set<ClientConnection> connections = set == null ? ConcurrentHashMap.newKeySet() : set;
          connections.add(connection);
          return connections;
        });
  }

  private static boolean removeFrom(
      Map<String, Set<ClientConnection>> index, String key, ClientConnection connection) {
    boolean[] removed = {false};
    index.computeIfPresent(
        key,
        (k, set) -> {
          removed[0] = set.remove(connection);
          return set.isEmpty() ? null : set;
        });
    return removed[0];
  }
}
