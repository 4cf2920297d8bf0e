package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** A page of a thread's replies, paged like {@link MessageHistory} with {@code before}. */
@JsonTypeName("thread.history")
public record ThreadHistory(
    String requestId, String roomId, String threadId, String before, Integer limit)
    implements ClientFrame {

  public ThreadHistory {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(threadId, "threadId");
    Require.optionalId(before, "before");
    Require.limit(limit, Limits.HISTORY_MAX_LIMIT);
  }

  public int limitOrDefault() {
    return limit == null ? Limits.HISTORY_DEFAULT_LIMIT : limit;
  }
}
