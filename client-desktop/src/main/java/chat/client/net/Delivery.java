package chat.client.net;

import chat.client.net.ClientEvent.MessageArrived;
import chat.client.net.ClientEvent.OutboxChanged;
import chat.client.net.ClientEvent.RoomsListed;
import chat.client.net.ClientEvent.SendRefused;
import chat.protocol.ErrorCode;
import chat.protocol.Limits;
import chat.protocol.client.MessageHistory;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomList;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.MessageResult;
import chat.protocol.result.MessagesResult;
import chat.protocol.result.RoomsResult;
import chat.protocol.server.ServerFrame;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure nothing is lost across disconnects, in both directions: sends the {@link Outbox} one
 * message at a time, in order, each with its own {@code clientMsgId} (so a resend after a lost ack
 * stores nothing new), and after every reconnect fetches each room's messages after the last one
 * seen ({@code message.history} with {@code after}, paged by {@code hasMore}; the server has no
 * {@code sync} yet). Lives on the loop thread.
 */
final class Delivery {

  /** The newest message seen in a room; timestamps keep a late ack from moving it back. */
  private record Cursor(String messageId, long timestamp) {}

  private static final long RETRY_LATER_MS = 2000;
  private static final Logger log = LoggerFactory.getLogger(Delivery.class);

  private final Outbox outbox;
  private final ScheduledExecutorService loop;
  private final Clock clock;
  private final Consumer<ClientEvent> emit;
  private final Map<String, Cursor> cursors = new HashMap<>();
  private SocketLink link;
  private boolean listedBefore;
  private boolean sending;

  Delivery(Outbox outbox, ScheduledExecutorService loop, Clock clock, Consumer<ClientEvent> emit) {
    this.outbox = outbox;
    this.loop = loop;
    this.clock = clock;
    this.emit = emit;
  }

  void connected(SocketLink connected) {
    link = connected;
    flush();
    link.request(RoomList::new, RoomsResult.class)
        .thenAcceptAsync(result -> catchUp(connected, result), loop)
        .exceptionally(failure -> logFailure("listing rooms", failure));
  }

  void disconnected() {
    link = null;
  }

  void event(ServerFrame frame) {
    ServerEvents.of(frame)
        .ifPresent(
            event -> {
              if (event instanceof MessageArrived arrived) {
                advance(arrived.message());
              }
              emit.accept(event);
            });
  }

  /** Queues a message (on disk first) and sends it when its turn comes. */
  void send(String roomId, String content) {
    try {
      outbox.add(roomId, content, clock.millis());
    } catch (UncheckedIOException e) {
      log.error("cannot save a message to the outbox", e);
      emit.accept(new SendRefused(roomId, content, "it could not be saved on this computer"));
      return;
    }
    emit.accept(new OutboxChanged(outbox.entries()));
    flush();
  }

  Outbox outbox() {
    return outbox;
  }

  private void catchUp(SocketLink from, RoomsResult result) {
    emit.accept(new RoomsListed(result.rooms()));
    for (Room room : result.rooms()) {
      Cursor cursor = cursors.get(room.roomId());
      if (!listedBefore || (cursor == null && room.lastMessage() == null)) {
        if (room.lastMessage() != null) {
          advance(room.lastMessage());
        }
      } else {
        page(from, room.roomId(), cursor == null ? null : cursor.messageId());
      }
    }
    listedBefore = true;
  }

  /** Fetches the messages after {@code after} (the newest page when null), then the next page. */
  private void page(SocketLink from, String roomId, String after) {
    if (from != link) {
      return; // disconnected again: the next connection catches up
    }
    from.request(
            id -> new MessageHistory(id, roomId, null, after, Limits.HISTORY_MAX_LIMIT),
            MessagesResult.class)
        .thenAcceptAsync(
            page -> {
              page.messages().forEach(this::arrived);
              if (page.hasMore() && after != null && !page.messages().isEmpty()) {
                page(from, roomId, page.messages().getLast().messageId());
              }
            },
            loop)
        .exceptionally(failure -> logFailure("catching up on " + roomId, failure));
  }

  private void flush() {
    if (link == null || sending) {
      return;
    }
    Outbox.Entry next = outbox.first().orElse(null);
    if (next == null) {
      return;
    }
    sending = true;
    link.request(
            id -> new MessageSend(id, next.roomId(), next.content(), next.clientMsgId()),
            MessageResult.class)
        .whenCompleteAsync((result, failure) -> sent(next, result, failure), loop);
  }

  private void sent(Outbox.Entry entry, MessageResult result, Throwable failure) {
    sending = false;
    Throwable cause = failure == null ? null : Failures.unwrap(failure);
    if (cause == null) {
      outbox.remove(entry.clientMsgId());
      arrived(result.message());
      emit.accept(new OutboxChanged(outbox.entries()));
      flush();
    } else if (cause instanceof ApiException refused && !worthRetrying(refused.code())) {
      outbox.remove(entry.clientMsgId());
      emit.accept(new SendRefused(entry.roomId(), entry.content(), refused.getMessage()));
      emit.accept(new OutboxChanged(outbox.entries()));
      flush();
    } else if (cause instanceof ApiException later) {
      long wait = Math.max(later.retryAfterMs(), RETRY_LATER_MS);
      loop.schedule(this::flush, wait, TimeUnit.MILLISECONDS);
    } else {
      flush(); // offline: a no-op now, or the next connection already came up
    }
  }

  private static boolean worthRetrying(ErrorCode code) {
    return code == ErrorCode.RATE_LIMITED
        || code == ErrorCode.INTERNAL
        || code == ErrorCode.STORAGE_UNAVAILABLE;
  }

  private void arrived(Message message) {
    advance(message);
    emit.accept(new MessageArrived(message));
  }

  private void advance(Message message) {
    Cursor current = cursors.get(message.roomId());
    if (current == null || message.timestamp() >= current.timestamp()) {
      cursors.put(message.roomId(), new Cursor(message.messageId(), message.timestamp()));
    }
  }

  private Void logFailure(String what, Throwable failure) {
    log.warn("{} failed: {}", what, Failures.describe(failure));
    return null;
  }
}
