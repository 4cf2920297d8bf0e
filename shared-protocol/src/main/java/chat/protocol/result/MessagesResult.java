package chat.protocol.result;

import chat.protocol.model.Message;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of messages, oldest first, as {@code message.history}, {@code thread.history} and each
 * room of {@code sync} answer it. {@code hasMore} says whether more lie beyond the page in the
 * direction of travel. {@code changeSeq}, on {@code message.history}, is the room's change position
 * read before the page: the client's first {@code changes} position for {@code sync}.
 */
public record MessagesResult(
    List<Message> messages,
    boolean hasMore,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long changeSeq) {

  /** A page without a change position (a thread's page, a page of search context). */
  public MessagesResult(List<Message> messages, boolean hasMore) {
    this(messages, hasMore, null);
  }
}
