package chat.protocol.result;

import chat.protocol.model.Message;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One room of a {@code sync} answer. {@code messages} and {@code hasMore} are the messages after
 * the cursor, as {@code message.history} pages them. {@code changed} holds, as they are now, the
 * messages edited, deleted, reacted to, pinned or unpinned, or replied to in a thread after the
 * room's change position the client sent ({@code changes}), oldest change first, at most {@value
 * chat.protocol.Limits#SYNC_MAX_PER_ROOM}; {@code changeSeq} is the position they reach, to send
 * next time, and {@code moreChanges} says whether changes lie beyond it. A missing {@code changed}
 * is an empty list.
 */
public record SyncRoom(
    List<Message> messages,
    boolean hasMore,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Message> changed,
    long changeSeq,
    boolean moreChanges) {

  public SyncRoom {
    changed = changed == null ? List.of() : List.copyOf(changed);
  }
}
