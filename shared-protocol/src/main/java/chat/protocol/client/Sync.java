package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Catch-up after a reconnect: for each room, the last messageId the client holds, or null for the
 * newest page. The map keeps its order and its null values. {@code changes} holds, for rooms of
 * {@code cursors}, the room's change position the client has caught up to (from {@code
 * message.history} or an earlier {@code sync}); a room without one gets no {@code changed}
 * messages, only the position to start from. A missing {@code changes} is an empty map.
 */
@JsonTypeName("sync")
public record Sync(
    String requestId,
    Map<String, String> cursors,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> changes)
    implements ClientFrame {

  /** Catch-up of messages only. */
  public Sync(String requestId, Map<String, String> cursors) {
    this(requestId, cursors, null);
  }

  public Sync {
    Require.requestId(requestId);
    if (Require.present(cursors, "cursors").size() > Limits.SYNC_MAX_ROOMS) {
      throw Require.invalid(
          "cursors", "cursors must hold at most " + Limits.SYNC_MAX_ROOMS + " rooms");
    }
    Require.eachId(cursors.keySet(), "cursors");
    Require.eachId(cursors.values().stream().filter(Objects::nonNull).toList(), "cursors");
    cursors = Collections.unmodifiableMap(new LinkedHashMap<>(cursors));
    changes = changes == null ? Map.of() : changes;
    for (Map.Entry<String, Long> change : changes.entrySet()) {
      if (!cursors.containsKey(change.getKey())) {
        throw Require.invalid("changes", "changes may only name rooms of cursors");
      }
      if (change.getValue() == null || change.getValue() < 0) {
        throw Require.invalid("changes", "a change position is a number from 0");
      }
    }
    changes = Map.copyOf(changes);
  }
}
