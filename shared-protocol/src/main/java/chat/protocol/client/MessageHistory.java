package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A page of a room's messages, oldest first: the newest ones, or those just {@code before} or just
 * {@code after} a message (never both).
 */
@JsonTypeName("message.history")
public record MessageHistory(
    String requestId, String roomId, String before, String after, Integer limit)
    implements ClientFrame {

  public MessageHistory {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.optionalId(before, "before");
    Require.optionalId(after, "after");
    if (before != null && after != null) {
      throw Require.invalid("before", "before and after cannot be used together");
    }
    Require.limit(limit, Limits.HISTORY_MAX_LIMIT);
  }

  public int limitOrDefault() {
    return limit == null ? Limits.HISTORY_DEFAULT_LIMIT : limit;
  }
}
