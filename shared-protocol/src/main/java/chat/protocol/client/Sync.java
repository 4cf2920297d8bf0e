package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Catch-up after a reconnect: for each room, the last messageId the client holds, or null for the
 * newest page. The map keeps its order and its null values.
 */
@JsonTypeName("sync")
public record Sync(String requestId, Map<String, String> cursors) implements ClientFrame {

  public Sync {
    Require.requestId(requestId);
    if (Require.present(cursors, "cursors").size() > Limits.SYNC_MAX_ROOMS) {
      throw Require.invalid(
          "cursors", "cursors must hold at most " + Limits.SYNC_MAX_ROOMS + " rooms");
    }
    Require.eachId(cursors.keySet(), "cursors");
    Require.eachId(cursors.values().stream().filter(Objects::nonNull).toList(), "cursors");
    cursors = Collections.unmodifiableMap(new LinkedHashMap<>(cursors));
  }
}
