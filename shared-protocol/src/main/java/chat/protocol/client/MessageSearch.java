package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Full-text search in the caller's rooms, or in one of them. {@code before}, the messageId of the
 * last result of the previous page, asks for the next page: the results that come after it,
 * strictly older.
 */
@JsonTypeName("message.search")
public record MessageSearch(
    String requestId, String query, String roomId, String before, Integer limit)
    implements ClientFrame {

  public MessageSearch {
    Require.requestId(requestId);
    Require.text(query, "query", Limits.MAX_SEARCH_QUERY_CHARS);
    Require.optionalId(roomId, "roomId");
    Require.optionalId(before, "before");
    Require.limit(limit, Limits.SEARCH_MAX_LIMIT);
  }

  public int limitOrDefault() {
    return limit == null ? Limits.SEARCH_DEFAULT_LIMIT : limit;
  }
}
