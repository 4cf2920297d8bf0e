package chat.server.chat;

import chat.protocol.Limits;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.SyncRoom;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.metrics.ServerMetrics;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.AppendResult;
import chat.server.store.ChangePage;
import chat.server.store.FileRecord;
import chat.server.store.FileStore;
import chat.server.store.MessageChangeStore;
import chat.server.store.MessagePage;
import chat.server.store.MessageStore;
import chat.server.store.NewMessage;
import chat.server.store.StorePorts;
import chat.server.store.UnusableAttachmentsException;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sending and reading messages. A send is checked for membership, rate-limited per user, stored
 * durably (idempotent by {@code clientMsgId}), and only then fanned out and acknowledged. This
 * service, not the store, publishes {@code message.new}: every event has its publisher in a
 * service.
 */
public final class MessageService {

  private static final String NO_SUCH_CURSOR = "no such message in this room";

  private final MessageStore messages;
  private final MessageChangeStore changeLog;
  private final UserStore users;
  private final RoomAnnouncer announcer;
  private final RoomService rooms;
  private final RateLimiter sendLimiter;
  private final ServerMetrics metrics;
  private final MentionResolver mentions;
  private final ThreadService threads;
  private final FileStore files;
  private final ModerationChecks moderation;
  private final SenderNames senderNames;

  public MessageService(
      StorePorts stores, RoomService rooms, RateLimiter sendLimiter, ServerMetrics metrics) {
    this.messages = stores.messages();
    this.changeLog = stores.messageChanges();
    this.users = stores.users();
    this.announcer = new RoomAnnouncer(stores.events());
    this.rooms = rooms;
    this.sendLimiter = sendLimiter;
    this.metrics = metrics;
    this.mentions = new MentionResolver(stores.rooms(), stores.users());
    this.senderNames = new SenderNames(stores.users());
    this.threads = new ThreadService(stores.messages(), stores.events(), senderNames);
    this.files = stores.files();
    this.moderation = new ModerationChecks(stores.moderation());
  }

  /**
   * Stores and delivers a message. A resend with the same {@code clientMsgId} returns the original
   * and delivers nothing new. If this node stops between the append and the announcement, the
   * message is stored all the same and members find it by {@code message.history} or {@code sync}.
   * A reply ({@code threadId}) also changes its root, and members get {@code message.updated} with
   * the root's new state too: a separate event, which may reach them before the reply's.
   *
   * @param arrivedAt when the request reached the server (epoch ms): the message's timestamp, and
   *     the time the rate limit counts it at
   * @param alsoInRoom for a reply, whether it shows in the room's timeline too (null: no)
   * @param encrypted the text of a message of an encrypted room ({@code content} is then empty, and
   *     the message mentions nobody the server could see), else null
   * @throws ChatException {@code RATE_LIMITED} (the send limit, or the room's slow mode), {@code
   *     MUTED}, {@code ROOM_CLOSED}, {@code NOT_FOUND}, {@code FORBIDDEN}, or {@code INVALID_INPUT}
   *     for a root the reply cannot have ({@link ThreadService}), attachments that are not the
   *     sender's own unsent files of this room, or text that does not fit the room ({@link
   *     EncryptedText}) (nothing is stored then)
   */
  public Message send(
      AuthenticatedUser sender,
      String roomId,
      String content,
      String clientMsgId,
      String threadId,
      Boolean alsoInRoom,
      List<String> attachmentIds,
      EncryptedContent encrypted,
      long arrivedAt) {
    if (attachmentIds != null && Set.copyOf(attachmentIds).size() < attachmentIds.size()) {
      throw ChatException.invalidInput("attachmentIds", "each file may be attached once");
    }
    Set<String> audience = rooms.audienceOfPost(sender, roomId, encrypted);
    if (attachmentIds != null
        && !attachmentIds.stream()
            .allMatch(id -> usable(id, sender.userId(), roomId, clientMsgId))) {
      throw unusableAttachments();
    }
    // Every lookup comes before the room's announcement order is taken: later sends wait for it.
    NewMessage message =
        new NewMessage(roomId, sender.userId(), senderName(sender), content, clientMsgId, arrivedAt)
            .mentioning(mentions.mentions(roomId, sender.userId(), audience, content))
            .attaching(attachmentIds == null ? List.of() : attachmentIds);
    if (encrypted != null) {
      message = message.encrypting(encrypted);
    }
    if (threadId != null) {
      message = threads.reply(message, threadId, Boolean.TRUE.equals(alsoInRoom));
    }
    // The permit after the checks: a refused request costs the sender none.
    long retryAfter = sendLimiter.tryAcquire(sender.userId(), arrivedAt);
    if (retryAfter > 0) {
      throw ChatException.rateLimited(retryAfter);
    }
    try {
      moderation.claimPost(roomId, sender.userId(), clientMsgId, arrivedAt);
    } catch (ChatException mutedOrTooSoon) {
      sendLimiter.giveBack(sender.userId(), 1);
      throw mutedOrTooSoon;
    }
    RoomAnnouncer.Send announcement = announcer.start(roomId);
    AppendResult result;
    try {
      result = messages.append(message);
    } catch (UnusableAttachmentsException e) {
      // Only a race with another send of the same files gets here: the permit stays spent.
      announcement.fail();
      throw unusableAttachments();
    } catch (RuntimeException e) {
      announcement.fail();
      throw e;
    }
    announcement.finish(result, audience);
    threads.announceRootChange(result, audience);
    if (result.created()) {
      metrics.messageStored();
    }
    return result.message();
  }

  /**
   * Whether the file can be attached, read before the append so that a refusal never enters (and
   * rolls back) a group commit shared with other users' sends. A file already sent is usable only
   * with a resend of its own message, which the store answers with the original. The store checks
   * again in its transaction: this look is not atomic with the append.
   */
  private boolean usable(String fileId, String senderId, String roomId, String clientMsgId) {
    Optional<FileRecord> file = files.find(fileId);
    if (file.isEmpty()
        || !file.get().roomId().equals(roomId)
        || !file.get().uploaderId().equals(senderId)) {
      return false;
    }
    String linkedTo = file.get().messageId();
    return linkedTo == null
        || messages
            .find(linkedTo)
            .filter(sent -> senderId.equals(sent.senderId()))
            .filter(sent -> clientMsgId.equals(sent.clientMsgId()))
            .isPresent();
  }

  private static ChatException unusableAttachments() {
    return ChatException.invalidInput(
        "attachmentIds", "attachments must be your own unsent files of this room");
  }

  /**
   * The name the message carries: the sender's display name as it is now, read at each send rather
   * than at the socket's handshake, so that a new name shows on the very next message.
   */
  private String senderName(AuthenticatedUser sender) {
    return users.findById(sender.userId()).map(UserAccount::shownName).orElse(sender.username());
  }

  /**
   * A page of history: the newest messages, or those just before or after a message of the room.
   *
   * @throws ChatException {@code NOT_FOUND}, {@code FORBIDDEN}, or {@code INVALID_INPUT} for a
   *     cursor that is not a message of this room
   */
  public MessagePage history(
      AuthenticatedUser reader, String roomId, String before, String after, int limit) {
    rooms.requireMember(reader, roomId);
    MessagePage page;
    if (before != null) {
      page = known(messages.before(roomId, before, limit), "before", NO_SUCH_CURSOR);
    } else if (after != null) {
      page = known(messages.after(roomId, after, limit), "after", NO_SUCH_CURSOR);
    } else {
      page = messages.newest(roomId, limit);
    }
    return senderNames.shown(page);
  }

  /**
   * A page of a thread's replies, oldest first: the newest, or those just before {@code before}, a
   * reply of the thread.
   *
   * @throws ChatException {@code NOT_FOUND}, {@code FORBIDDEN}, or {@code INVALID_INPUT} ({@link
   *     ThreadService#history})
   */
  public MessagePage threadHistory(
      AuthenticatedUser reader, String roomId, String threadId, String before, int limit) {
    rooms.requireMember(reader, roomId);
    return senderNames.shown(threads.history(roomId, threadId, before, limit));
  }

  /**
   * Catch-up after a reconnect: for each room of {@code cursors} the caller is a member of, the
   * messages after the cursor (the newest page for a null cursor), at most {@value
   * Limits#SYNC_MAX_PER_ROOM}, oldest first; and for a room with a position in {@code changes}, the
   * messages changed beyond it, as they are now. Rooms the caller is not in are left out.
   *
   * <p>The changes are read before the page, so that a change made in between reaches the client
   * again next time rather than never: its position is beyond the one answered.
   *
   * @return each room's answer by roomId, in the order of {@code cursors}
   * @throws ChatException {@code INVALID_INPUT} (field {@code cursors}) for a cursor that is not a
   *     message of its room: an unknown cursor must never look like "nothing new"
   */
  public Map<String, SyncRoom> sync(
      AuthenticatedUser reader, Map<String, String> cursors, Map<String, Long> changes) {
    Set<String> joined =
        rooms.joined(reader).stream().map(Room::roomId).collect(Collectors.toSet());
    Map<String, SyncRoom> answers = new LinkedHashMap<>();
    cursors.forEach(
        (roomId, cursor) -> {
          if (joined.contains(roomId)) {
            Long position = changes.get(roomId);
            ChangePage changed =
                position == null
                    ? new ChangePage(List.of(), changeLog.changeSeq(roomId), false)
                    : changeLog.changesAfter(roomId, position, Limits.SYNC_MAX_PER_ROOM);
            MessagePage page =
                cursor == null
                    ? messages.newest(roomId, Limits.SYNC_MAX_PER_ROOM)
                    : known(
                        messages.after(roomId, cursor, Limits.SYNC_MAX_PER_ROOM),
                        "cursors",
                        "the cursor of " + roomId + " is no message of that room");
            answers.put(
                roomId,
                new SyncRoom(
                    senderNames.shown(page.messages()),
                    page.hasMore(),
                    senderNames.shown(changed.messages()),
                    changed.changeSeq(),
                    changed.more()));
          }
        });
    return answers;
  }

  private static MessagePage known(Optional<MessagePage> page, String cursorField, String problem) {
    return page.orElseThrow(() -> ChatException.invalidInput(cursorField, problem));
  }
}
