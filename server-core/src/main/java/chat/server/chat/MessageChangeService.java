package chat.server.chat;

import chat.protocol.Limits;
import chat.protocol.model.AuditAction;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Message;
import chat.protocol.server.MessageDeleted;
import chat.protocol.server.MessageUpdated;
import chat.protocol.server.PinsUpdated;
import chat.protocol.server.ReactionUpdated;
import chat.protocol.server.ServerFrame;
import chat.server.auth.AuditLog;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.BusEvent;
import chat.server.store.ChangeResult;
import chat.server.store.EventBus;
import chat.server.store.FileRecord;
import chat.server.store.MemberRole;
import chat.server.store.Mentions;
import chat.server.store.MessageChangeStore;
import chat.server.store.MessageStore;
import chat.server.store.RoomStore;
import chat.server.store.StoreException;
import chat.server.store.StorePorts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What members do to messages already sent: edit and delete them, react to them, pin them. Each
 * request is checked (membership, then who may: the author edits, the author or a moderator or
 * owner who outranks the author deletes, moderators and owners pin; a muted member neither edits
 * nor reacts), stored as one change of the room's change log, and only then announced to the room's
 * members, once, by this service (decision record 0008). Edits, reactions and pins draw on the same
 * per-user rate limit as sends, after their checks, as sends do; a deletion does not, so a
 * moderator can clear up a flood.
 */
public final class MessageChangeService {

  private static final Logger log = LoggerFactory.getLogger(MessageChangeService.class);

  private final MessageStore messages;
  private final MessageChangeStore changes;
  private final RoomStore roomStore;
  private final EventBus events;
  private final RoomService rooms;
  private final RateLimiter sendLimiter;
  private final MentionResolver mentions;
  private final Optional<FileCleanup> files;
  private final ModerationChecks moderation;
  private final AuditLog audit;
  private final SenderNames senderNames;

  /**
   * @param files frees a deleted message's files; empty when the server serves no files
   * @param audit records a moderator's or owner's removal of another member's message
   */
  public MessageChangeService(
      StorePorts stores,
      RoomService rooms,
      RateLimiter sendLimiter,
      Optional<FileCleanup> files,
      AuditLog audit) {
    this.messages = stores.messages();
    this.changes = stores.messageChanges();
    this.roomStore = stores.rooms();
    this.events = stores.events();
    this.rooms = rooms;
    this.sendLimiter = sendLimiter;
    this.mentions = new MentionResolver(stores.rooms(), stores.users());
    this.files = files;
    this.moderation = new ModerationChecks(stores.moderation());
    this.audit = audit;
    this.senderNames = new SenderNames(stores.users());
  }

  /**
   * Replaces the content of the editor's own message. Its mentions follow the new content: when its
   * {@code @}-words differ they are resolved again, as a send's are (those it no longer names
   * dropped, new ones counted); when they are the same, the message keeps whom it mentioned ({@link
   * MentionResolver#afterEdit}). The content it has already changes nothing and announces nothing:
   * the answer is the message as is.
   *
   * @param encrypted the new text of a message of an encrypted room ({@code content} is then
   *     empty), else null
   * @throws ChatException {@code RATE_LIMITED}, {@code NOT_FOUND} (the room, or the message: not in
   *     the room or deleted), {@code FORBIDDEN} (not a member, or not the author), {@code MUTED},
   *     {@code INVALID_INPUT} (text that does not fit the room, {@link RoomService#audienceOfEdit})
   */
  public Message edit(
      AuthenticatedUser editor,
      String roomId,
      String messageId,
      String content,
      EncryptedContent encrypted,
      long arrivedAt) {
    Set<String> members = rooms.audienceOfEdit(editor, roomId, encrypted);
    Message current = existing(roomId, messageId);
    if (!current.senderId().equals(editor.userId())) {
      throw ChatException.forbidden("only its author may edit a message");
    }
    moderation.requireNotMuted(roomId, editor.userId(), arrivedAt);
    Mentions named = mentions.afterEdit(current, members, content);
    ChangeResult result =
        permitted(
            editor, arrivedAt, () -> changes.edit(current, content, encrypted, named, arrivedAt));
    if (stored(result)) {
      announce(roomId, members, new MessageUpdated(result.message()));
    }
    return result.message();
  }

  /**
   * Deletes a message for good, leaving a tombstone in its place; a pinned one leaves the pins. Its
   * files go with it: their records in the deletion's step, then their bytes (once no other file
   * names the same ones) and their sizes from the sender's quota.
   *
   * @throws ChatException {@code NOT_FOUND} (the room, or the message: not in the room or already
   *     deleted), {@code FORBIDDEN} (not a member, or neither the author nor a moderator or owner
   *     who outranks the author)
   */
  public void delete(AuthenticatedUser caller, String roomId, String messageId) {
    rooms.requireMember(caller, roomId);
    Message message = existing(roomId, messageId);
    boolean own = message.senderId().equals(caller.userId());
    if (!own && !outranksAuthor(caller, message)) {
      throw ChatException.forbidden(
          "only its author, or a moderator or owner ranked above its author, may delete a message");
    }
    List<FileRecord> attached = files.map(cleanup -> cleanup.recordsOf(message)).orElse(List.of());
    ChangeResult deleted = changes.delete(roomId, messageId);
    changed(deleted);
    announce(roomId, new MessageDeleted(roomId, messageId));
    if (deleted.unpinned()) { // the write's own answer: a pin read before it may be gone by now
      announcePins(roomId);
    }
    files.ifPresent(cleanup -> cleanup.messageDeleted(message, attached));
    if (!own) {
      audit.record(
          AuditAction.MESSAGE_REMOVED,
          caller.userId(),
          messageId,
          "room " + roomId + ", written by " + message.senderId(),
          caller.address());
    }
  }

  /**
   * Adds or removes the caller's reaction; doing what is already so changes and announces nothing.
   *
   * @throws ChatException {@code RATE_LIMITED}, {@code NOT_FOUND}, {@code FORBIDDEN}, {@code
   *     MUTED}, {@code INVALID_INPUT} (field {@code emoji}) for one distinct emoji too many
   */
  public void react(
      AuthenticatedUser caller,
      String roomId,
      String messageId,
      String emoji,
      boolean add,
      long arrivedAt) {
    rooms.requireMember(caller, roomId);
    moderation.requireNotMuted(roomId, caller.userId(), arrivedAt);
    ChangeResult result =
        permitted(
            caller,
            arrivedAt,
            () ->
                add
                    ? changes.addReaction(roomId, messageId, caller.userId(), emoji)
                    : changes.removeReaction(roomId, messageId, caller.userId(), emoji));
    if (result.outcome() == ChangeResult.Outcome.LIMIT_REACHED) {
      throw ChatException.invalidInput(
          "emoji", "a message holds at most " + Limits.MAX_REACTION_EMOJI + " different emoji");
    }
    if (stored(result)) {
      Map<String, List<String>> reactions = result.message().reactions();
      announce(
          roomId, new ReactionUpdated(roomId, messageId, reactions == null ? Map.of() : reactions));
    }
  }

  /**
   * Pins or unpins a message (room moderators and owners); doing what is already so changes
   * nothing.
   *
   * @throws ChatException {@code RATE_LIMITED}, {@code NOT_FOUND}, {@code FORBIDDEN} (neither a
   *     moderator nor the owner), {@code INVALID_INPUT} (field {@code messageId}) for a pin beyond
   *     the room's cap
   */
  public void pin(
      AuthenticatedUser caller, String roomId, String messageId, boolean pin, long arrivedAt) {
    rooms.requireMember(caller, roomId);
    if (!roleOf(caller.userId(), roomId).toWire().moderates()) {
      throw ChatException.forbidden("only the room's moderators and owner may pin and unpin");
    }
    ChangeResult result =
        permitted(
            caller,
            arrivedAt,
            () ->
                pin
                    ? changes.pin(roomId, messageId, caller.userId(), arrivedAt)
                    : changes.unpin(roomId, messageId));
    if (result.outcome() == ChangeResult.Outcome.LIMIT_REACHED) {
      throw ChatException.invalidInput(
          "messageId", "a room holds at most " + Limits.MAX_PINS_PER_ROOM + " pinned messages");
    }
    if (stored(result)) {
      announcePins(roomId);
    }
  }

  /**
   * The room's pinned messages, the most recently pinned first.
   *
   * @throws ChatException {@code NOT_FOUND}, {@code FORBIDDEN}
   */
  public List<Message> pins(AuthenticatedUser reader, String roomId) {
    rooms.requireMember(reader, roomId);
    return senderNames.shown(changes.pins(roomId));
  }

  /**
   * The room's change position now: read before a page of history, it is where the reader's {@code
   * sync} of changes starts.
   *
   * @throws ChatException {@code NOT_FOUND}, {@code FORBIDDEN}
   */
  public long changeSeq(AuthenticatedUser reader, String roomId) {
    rooms.requireMember(reader, roomId);
    return changes.changeSeq(roomId);
  }

  /**
   * Makes a change the caller was found allowed to make, with a permit of the send limit: taken
   * only now, after the checks, so that a refusal for membership or authorship costs none; and
   * given back when the store refuses the change (no such message, a cap), which did nothing.
   */
  private ChangeResult permitted(
      AuthenticatedUser caller, long arrivedAt, Supplier<ChangeResult> change) {
    long retryAfter = sendLimiter.tryAcquire(caller.userId(), arrivedAt);
    if (retryAfter > 0) {
      throw ChatException.rateLimited(retryAfter);
    }
    ChangeResult result = change.get();
    switch (result.outcome()) {
      case NOT_FOUND, LIMIT_REACHED -> sendLimiter.giveBack(caller.userId(), 1);
      case CHANGED, UNCHANGED -> {}
    }
    return result;
  }

  /**
   * Whether the caller's role in the room outranks the author's (a plain member's if they left).
   */
  private boolean outranksAuthor(AuthenticatedUser caller, Message message) {
    return roleOf(caller.userId(), message.roomId())
        .toWire()
        .outranks(roleOf(message.senderId(), message.roomId()).toWire());
  }

  /** The user's role in the room; a plain member's for one who is not in it. */
  private MemberRole roleOf(String userId, String roomId) {
    return roomStore.role(roomId, userId).orElse(MemberRole.MEMBER);
  }

  /** The message, if it is in the room and not deleted. */
  private Message existing(String roomId, String messageId) {
    return messages
        .find(messageId)
        .filter(
            message -> message.roomId().equals(roomId) && !Boolean.TRUE.equals(message.deleted()))
        .orElseThrow(() -> noSuchMessage());
  }

  /** The changed message; NOT_FOUND if it was deleted meanwhile. */
  private static Message changed(ChangeResult result) {
    if (result.outcome() == ChangeResult.Outcome.NOT_FOUND) {
      throw noSuchMessage();
    }
    return result.message();
  }

  /** True when the change was stored, false when nothing needed to change; NOT_FOUND otherwise. */
  private static boolean stored(ChangeResult result) {
    return switch (result.outcome()) {
      case CHANGED -> true;
      case UNCHANGED -> false;
      case NOT_FOUND -> throw noSuchMessage();
      case LIMIT_REACHED -> throw new IllegalStateException("a cap is the caller's to answer");
    };
  }

  private static ChatException noSuchMessage() {
    return ChatException.notFound("no such message in this room");
  }

  private void announcePins(String roomId) {
    announce(roomId, new PinsUpdated(roomId, senderNames.shown(changes.pins(roomId))));
  }

  /**
   * A bus that fails costs live delivery only: the change is stored, so it is acknowledged, and
   * members catch up on it by {@code sync}'s change positions.
   */
  private void announce(String roomId, ServerFrame frame) {
    announce(roomId, rooms.memberIds(roomId), frame);
  }

  /** Announces {@code frame} to {@code members}, the room's as the caller read them. */
  private void announce(String roomId, Set<String> members, ServerFrame frame) {
    try {
      events.publish(new BusEvent.Delivery(members, frame));
    } catch (StoreException e) {
      log.warn("a change in {} was not announced; members catch up by sync", roomId, e);
    }
  }
}
