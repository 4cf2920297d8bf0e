package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Full-text search in the caller's rooms, or in one of them. */
@JsonTypeName("message.search")
public record MessageSearch(String requestId, String query, String roomId, Integer limit)
    implements ClientFrame {

  public MessageSearch {
    Require.requestId(requestId);
    Require.text(query, "query", Limits.MAX_SEARCH_QUERY_CHARS);
    Require.optionalId(roomId, "roomId");
    Require.limit(limit, Limits.SEARCH_MAX_LIMIT);
  }

  public int limitOrDefault() {
    return limit == null ? Limits.SEARCH_DEFAULT_LIMIT : limit;
  }
}
