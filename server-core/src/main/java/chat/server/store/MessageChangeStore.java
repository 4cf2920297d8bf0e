package chat.server.store;

import chat.protocol.Limits;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Message;
import java.util.List;

/**
 * The changes a stored message can go through after its append: edits, deletion, reactions and
 * pins, and each room's change counter that lets clients catch up on them.
 *
 * <p>Every change that is stored moves the room's change counter on by one and stamps the message
 * with the new value, atomically with the change itself, so that {@link #changesAfter} returns each
 * changed message once, as it is now, in the order of its latest change. A change to a message that
 * is deleted, or not in the room, is {@link ChangeResult.Outcome#NOT_FOUND} and writes nothing.
 * Like appends, changes announce nothing: the service publishes the event (decision record 0008).
 * Who may make a change is the service's concern.
 */
public interface MessageChangeStore {

  /**
   * Replaces the content and its {@code mentions} (parsed from it: those no longer named are
   * dropped, new ones stored and counted), sets {@code editedAt}; the search index follows the new
   * words. The content it has already is {@link ChangeResult.Outcome#UNCHANGED}: nothing is
   * written, indexed or recorded.
   *
   * @param read the message as the caller read it (its room and id say which): an adapter may start
   *     from it rather than read it again, and reads it again only if it changed meanwhile
   * @param encrypted for a message of an encrypted room, its new encrypted object (the content is
   *     then empty, the mentions none, and nothing is indexed), else null
   */
  ChangeResult edit(
      Message read, String content, EncryptedContent encrypted, Mentions mentions, long editedAt);

  /** {@link #edit} of a message in clear. */
  default ChangeResult edit(Message read, String content, Mentions mentions, long editedAt) {
    return edit(read, content, null, mentions, editedAt);
  }

  /**
   * Turns the message into a tombstone: content empty, reactions, mentions and pin gone, {@code
   * deleted} set, its place and thread kept; its words leave the search index. No copy of the old
   * text is left where a read of the store could find it. The result says {@link
   * ChangeResult#unpinned} when the message was pinned at the moment of its deletion.
   */
  ChangeResult delete(String roomId, String messageId);

  /**
   * Adds the user's reaction; {@link ChangeResult.Outcome#UNCHANGED} if it is there already, and
   * {@link ChangeResult.Outcome#LIMIT_REACHED} for a new emoji on a message that already has
   * {@value Limits#MAX_REACTION_EMOJI} distinct ones.
   */
  ChangeResult addReaction(String roomId, String messageId, String userId, String emoji);

  /** Removes the user's reaction; {@link ChangeResult.Outcome#UNCHANGED} if it was not there. */
  ChangeResult removeReaction(String roomId, String messageId, String userId, String emoji);

  /**
   * Pins the message; {@link ChangeResult.Outcome#UNCHANGED} if it is pinned already, {@link
   * ChangeResult.Outcome#LIMIT_REACHED} when the room has {@value Limits#MAX_PINS_PER_ROOM} pins.
   */
  ChangeResult pin(String roomId, String messageId, String userId, long pinnedAt);

  /** Unpins the message; {@link ChangeResult.Outcome#UNCHANGED} if it was not pinned. */
  ChangeResult unpin(String roomId, String messageId);

  /** The room's pinned messages, the most recently pinned first. */
  List<Message> pins(String roomId);

  /** The room's change counter: 0 before its first change. */
  long changeSeq(String roomId);

  /**
   * The messages whose latest change is beyond {@code position}, oldest change first, at most
   * {@code limit}.
   */
  ChangePage changesAfter(String roomId, long position, int limit);
}
