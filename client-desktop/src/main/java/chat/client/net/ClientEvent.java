package chat.client.net;

import chat.protocol.model.DeviceMessage;
import chat.protocol.model.Message;
import chat.protocol.model.ModerationAction;
import chat.protocol.model.Room;
import chat.protocol.model.RoomRole;
import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import java.util.List;
import java.util.Map;

/** What the client tells the UI, always on the FX thread. */
public sealed interface ClientEvent {

  /**
   * A message to show: a live {@code message.new}, one fetched while catching up after a reconnect,
   * or the acknowledged form of one of ours. The same message may come more than once; the UI keeps
   * one per {@code messageId}. A reply carries its {@code threadId}: see {@link Replies}.
   */
  record MessageArrived(Message message) implements ClientEvent {}

  /** A room changed, or the user just joined it or was invited to it. */
  record RoomChanged(Room room) implements ClientEvent {}

  /** A user who shares a room with us came online or went offline. */
  record PresenceChanged(String userId, UserStatus status, long lastSeen) implements ClientEvent {}

  /**
   * A user who shares a room with us, or we ourself, changed how they are shown (their display
   * name): {@code user} is how they are shown now.
   */
  record UserChanged(User user) implements ClientEvent {}

  /**
   * The identity key or the devices of {@code userId} (this user, or someone who shares a room with
   * them) changed: whoever encrypts for them reads their keys again ({@link Keys#query}).
   */
  record KeysChanged(String userId) implements ClientEvent {}

  /**
   * A sealed message for this session's device from another device; it stays in the device's inbox
   * on the server ({@code device.inbox}) until acknowledged ({@code device.ack}).
   */
  record DeviceMessageArrived(DeviceMessage message) implements ClientEvent {}

  /** Another member started or stopped typing in a room; a start holds for 6 s unless repeated. */
  record TypingChanged(String roomId, String userId, boolean active) implements ClientEvent {}

  /** Another member has read a room up to {@code messageId}. */
  record ReadUpTo(String roomId, String userId, String messageId) implements ClientEvent {}

  /**
   * A message changed (edited; a thread's root with its new reply count; or, when caught up after a
   * reconnect, also deleted, reacted to or pinned): its whole new state.
   */
  record MessageEdited(Message message) implements ClientEvent {}

  /** A message was deleted: it becomes a tombstone in its place. */
  record MessageRemoved(String roomId, String messageId) implements ClientEvent {}

  /** A message's reactions, whole, after a change: {@code {emoji: [userId]}}. */
  record ReactionsChanged(String roomId, String messageId, Map<String, List<String>> reactions)
      implements ClientEvent {}

  /** A room's pinned messages, whole, after a pin or unpin, the most recently pinned first. */
  record PinsChanged(String roomId, List<Message> pins) implements ClientEvent {}

  /**
   * A moderator or the room's owner changed a member's standing ({@code member.updated}): {@code
   * role} is theirs afterwards, null when they are no longer a member; {@code until} ends a mute or
   * a timed ban. When {@code userId} is our own and {@code role} is null, we were kicked or banned
   * and are no longer in the room: see {@link #removes}.
   */
  record MemberChanged(
      String roomId,
      String userId,
      ModerationAction action,
      RoomRole role,
      Long until,
      String byUserId)
      implements ClientEvent {

    /** Whether this event took {@code userId} out of the room (a kick or a ban). */
    public boolean removes(String userId) {
      return this.userId.equals(userId)
          && (action == ModerationAction.KICK || action == ModerationAction.BAN);
    }
  }

  /** A room's slow mode changed: one message per {@code seconds} per member; 0 is off. */
  record SlowModeChanged(String roomId, int seconds, String byUserId) implements ClientEvent {}

  /** The user's rooms, as listed after each (re)connect. */
  record RoomsListed(List<Room> rooms) implements ClientEvent {}

  /** The messages waiting to be acknowledged, after any change. */
  record OutboxChanged(List<Outbox.Entry> pending) implements ClientEvent {}

  /**
   * A message was refused for good, or could not be saved: it is not pending. {@code threadId} is
   * its thread's root when it was a reply, else null. {@code mutedForMs} is how long the sender
   * stays muted when the refusal was {@code MUTED}, else 0.
   */
  record SendRefused(String roomId, String threadId, String content, String reason, long mutedForMs)
      implements ClientEvent {}

  /**
   * The server held one of ours back ({@code RATE_LIMITED}: the room's slow mode or the send
   * limit): it stays pending and goes again by itself after {@code retryAfterMs}.
   */
  record SendHeld(String roomId, long retryAfterMs) implements ClientEvent {}

  /** The sign-in is no longer valid (revoked, expired): the user must sign in again. */
  record SessionEnded(String reason) implements ClientEvent {}
}
