package chat.server.store.embedded;

import chat.server.store.PresenceStore;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Presence on the only node there is: socket counts in memory, gone with the process. */
final class InMemoryPresenceStore implements PresenceStore {

  private final ConcurrentHashMap<String, Integer> openSockets = new ConcurrentHashMap<>();

  @Override
  public void socketOpened(String userId) {
    openSockets.merge(userId, 1, Integer::sum);
  }

  @Override
  public boolean socketClosed(String userId) {
    return openSockets.computeIfPresent(userId, (id, count) -> count > 1 ? count - 1 : null)
        == null;
  }

  @Override
  public Set<String> onlineAmong(Collection<String> userIds) {
    return userIds.stream().filter(openSockets::containsKey).collect(Collectors.toSet());
  }

  /** One node: nobody else needs to hear from it. */
  @Override
  public void heartbeat() {}
}
