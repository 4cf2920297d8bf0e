package chat.client.ui.chat;

import chat.protocol.model.Message;
import chat.protocol.model.User;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Changes of messages already held (edits, roots' new thread state, deletions, reactions, pins),
 * from events or caught up after a reconnect: each row shows its message's new state wherever its
 * room's timeline holds it, and the pinned bar follows. Messages of rooms not seen yet are left:
 * they show as they are when their room loads.
 */
public final class TimelineChanges {

  private final Map<String, RoomTimeline> timelines;
  private final PinnedMessages pins;
  private boolean remaking;
  private Consumer<String> whenDeleted = messageId -> {};

  /**
   * @param timelines the rooms' timelines held, by room id (the chat's own map, read as it is)
   */
  TimelineChanges(Map<String, RoomTimeline> timelines, PinnedMessages pins) {
    this.timelines = timelines;
    this.pins = pins;
  }

  /** Told each message deleted: the composer leaves edit mode if it was editing it. */
  void whenDeleted(Consumer<String> listener) {
    whenDeleted = listener;
  }

  /**
   * A message's whole new state (edited; a thread's root with its new reply count, last reply and
   * repliers; or deleted, reacted to or pinned while away).
   */
  public void changed(Message message) {
    if (Boolean.TRUE.equals(message.deleted())) {
      whenDeleted.accept(message.messageId());
    }
    change(message.roomId(), message.messageId(), held -> message);
    pins.messageChanged(message);
  }

  /** A message was deleted: its row becomes a tombstone in its place. */
  public void removed(String roomId, String messageId) {
    whenDeleted.accept(messageId);
    change(roomId, messageId, Message::asDeleted);
  }

  /** A message's reactions, whole, after a change. */
  public void reactionsChanged(
      String roomId, String messageId, Map<String, List<String>> reactions) {
    change(roomId, messageId, held -> held.withReactions(reactions));
  }

  /**
   * A user deleted their account: every message of theirs held, in every room, shows as sent by
   * {@link User#DELETED_NAME}, as the server shows it from now on.
   */
  public void senderDeleted(String userId) {
    timelines.forEach(
        (roomId, timeline) ->
            timeline
                .sentBy(userId)
                .forEach(
                    messageId ->
                        change(roomId, messageId, held -> held.withSenderName(User.DELETED_NAME))));
  }

  /** A room's pinned messages, whole, after a pin or unpin. */
  public void pinsChanged(String roomId, List<Message> now) {
    pins.pinsChanged(roomId, now);
  }

  /**
   * Changes the message {@code messageId} of {@code roomId} where it is held; its row is remade.
   */
  void change(String roomId, String messageId, UnaryOperator<Message> change) {
    RoomTimeline timeline = timelines.get(roomId);
    if (timeline != null) {
      remaking = true;
      try {
        timeline.change(messageId, change);
      } finally {
        remaking = false;
      }
    }
  }

  /** Whether a row is being made again in place right now. */
  boolean remaking() {
    return remaking;
  }
}
