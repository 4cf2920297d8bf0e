package chat.server.chat;

import chat.protocol.model.Message;
import chat.protocol.server.MessageNew;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.metrics.ServerMetrics;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.AppendResult;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.MessagePage;
import chat.server.store.MessageStore;
import chat.server.store.NewMessage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Sending and reading messages. A send is rate-limited per user, checked for membership, stored
 * durably (idempotent by {@code clientMsgId}), and only then fanned out and acknowledged.
 */
public final class MessageService {

  private final MessageStore messages;
  private final RoomService rooms;
  private final EventBus events;
  private final RateLimiter sendLimiter;
  private final ServerMetrics metrics;
  private final Clock clock;

  public MessageService(
      MessageStore messages,
      RoomService rooms,
      EventBus events,
      RateLimiter sendLimiter,
      ServerMetrics metrics,
      Clock clock) {
    this.messages = messages;
    this.rooms = rooms;
    this.events = events;
    this.sendLimiter = sendLimiter;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Stores and delivers a message. A resend with the same {@code clientMsgId} returns the original
   * and delivers nothing new.
   *
   * @param arrivedAt when the request reached the server (epoch ms), for the rate limit
   * @throws ChatException {@code RATE_LIMITED}, {@code NOT_FOUND}, {@code FORBIDDEN}, or {@code
   *     INVALID_INPUT} for features this server does not have yet (threads, attachments)
   */
  public Message send(
      AuthenticatedUser sender,
      String roomId,
      String content,
      String clientMsgId,
      String threadId,
      List<String> attachmentIds,
      long arrivedAt) {
    long retryAfter = sendLimiter.tryAcquire(sender.userId(), arrivedAt);
    if (retryAfter > 0) {
      throw ChatException.rateLimited(retryAfter);
    }
    if (threadId != null) {
      throw ChatException.invalidInput("threadId", "threads are not available on this server");
    }
    if (attachmentIds != null && !attachmentIds.isEmpty()) {
      throw ChatException.invalidInput(
          "attachmentIds", "attachments are not available on this server");
    }
    rooms.requireMember(sender, roomId);
    AppendResult result =
        messages.append(
            new NewMessage(
                roomId, sender.userId(), sender.username(), content, clientMsgId, clock.millis()));
    if (result.created()) {
      metrics.messageStored();
      events.publish(
          new BusEvent.Delivery(rooms.memberIds(roomId), new MessageNew(result.message())));
    }
    return result.message();
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
    if (before != null) {
      return known(messages.before(roomId, before, limit), "before");
    }
    if (after != null) {
      return known(messages.after(roomId, after, limit), "after");
    }
    return messages.newest(roomId, limit);
  }

  private static MessagePage known(Optional<MessagePage> page, String cursorField) {
    return page.orElseThrow(
        () -> ChatException.invalidInput(cursorField, "no such message in this room"));
  }
}
