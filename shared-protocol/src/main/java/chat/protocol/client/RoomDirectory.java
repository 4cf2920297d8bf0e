package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Public rooms, optionally filtered by {@code query}. */
@JsonTypeName("room.directory")
public record RoomDirectory(String requestId, String query) implements ClientFrame {

  public RoomDirectory {
    Require.requestId(requestId);
    Require.optionalText(query, "query", Limits.MAX_SEARCH_QUERY_CHARS);
  }
}
