package chat.client.net;

import chat.client.net.ClientEvent.MessageArrived;
import chat.client.net.ClientEvent.OutboxChanged;
import chat.client.net.ClientEvent.SendHeld;
import chat.client.net.ClientEvent.SendRefused;
import chat.protocol.ErrorCode;
import chat.protocol.client.MessageSend;
import chat.protocol.model.EncryptedContent;
import chat.protocol.result.MessageResult;
import chat.protocol.server.ServerFrame;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure nothing is lost across disconnects, in both directions: sends the {@link Outbox} one
 * message at a time, in order, each with its own {@code clientMsgId} (so a resend after a lost ack
 * stores nothing new), and after every reconnect has its {@link CatchUp} fetch each room's messages
 * after the last one seen with {@code sync}. Lives on the loop thread.
 */
final class Delivery {

  private static final long RETRY_LATER_MS = 2000;
  private static final Logger log = LoggerFactory.getLogger(Delivery.class);

  private final Outbox outbox;
  private final ScheduledExecutorService loop;
  private final Clock clock;
  private final Consumer<ClientEvent> emit;
  private final CatchUp catchUp;
  private final OutboxUploads uploads;
  private SocketLink link;
  private boolean sending;

  Delivery(
      Outbox outbox,
      ScheduledExecutorService loop,
      Clock clock,
      Consumer<ClientEvent> emit,
      OutboxUploads uploads) {
    this.outbox = outbox;
    this.uploads = uploads;
    this.loop = loop;
    this.clock = clock;
    this.emit = emit;
    this.catchUp = new CatchUp(loop, emit);
  }

  void connected(SocketLink connected) {
    link = connected;
    flush();
    catchUp.connected(connected);
  }

  void disconnected() {
    link = null;
    catchUp.disconnected();
  }

  void event(ServerFrame frame) {
    ServerEvents.of(frame)
        .ifPresent(
            event -> {
              if (event instanceof MessageArrived arrived) {
                catchUp.seen(arrived.message());
              }
              emit.accept(event);
            });
  }

  /**
   * Queues a message (on disk first) and sends it when its turn comes: a reply in the thread of
   * {@code threadId} when that is set, also posted to the room when {@code alsoInRoom}, with {@code
   * files} (uploaded first, where they are not on the server yet).
   */
  void send(
      String roomId,
      String content,
      String threadId,
      boolean alsoInRoom,
      List<OutboxFile> files,
      EncryptedContent encrypted) {
    try {
      outbox.add(roomId, content, threadId, alsoInRoom, files, encrypted, clock.millis());
    } catch (UncheckedIOException e) {
      log.error("cannot save a message to the outbox", e);
      emit.accept(
          new SendRefused(roomId, threadId, content, "it could not be saved on this computer", 0));
      return;
    }
    emit.accept(new OutboxChanged(outbox.entries()));
    flush();
  }

  /** A page of a room's history was read at {@code changeSeq}: see {@link CatchUp}. */
  void historyRead(String roomId, Long changeSeq) {
    catchUp.historyRead(roomId, changeSeq);
  }

  Outbox outbox() {
    return outbox;
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
    if (!next.uploaded()) {
      uploads
          .upload(next)
          .whenCompleteAsync((done, failure) -> uploaded(next, done, failure), loop);
      return;
    }
    // Without a threadId, reply(...) is a plain message of the room.
    link.request(
            id ->
                new MessageSend(
                    id,
                    next.roomId(),
                    next.content(),
                    next.clientMsgId(),
                    next.threadId(),
                    next.attachmentIds(),
                    next.alsoInRoom() ? true : null,
                    next.encrypted()),
            MessageResult.class)
        .whenCompleteAsync((result, failure) -> sent(next, result, failure), loop);
  }

  /**
   * The files of {@code entry} went up (kept in the outbox, then the message goes), or failed as a
   * send fails; a file the server refuses refuses the message. Offline while the socket still looks
   * up, the next attempt waits a little: the socket's own drop brings the next one otherwise.
   */
  private void uploaded(Outbox.Entry entry, Outbox.Entry done, Throwable failure) {
    if (failure == null) {
      sending = false;
      outbox.replace(done);
      flush();
    } else if (link != null && !(Failures.unwrap(failure) instanceof ApiException)) {
      sending = false;
      loop.schedule(this::flush, RETRY_LATER_MS, TimeUnit.MILLISECONDS);
    } else {
      sent(entry, null, failure);
    }
  }

  private void sent(Outbox.Entry entry, MessageResult result, Throwable failure) {
    sending = false;
    Throwable cause = failure == null ? null : Failures.unwrap(failure);
    if (cause == null) {
      outbox.remove(entry.clientMsgId());
      uploads.release(entry);
      catchUp.arrived(result.message());
      emit.accept(new OutboxChanged(outbox.entries()));
      flush();
    } else if (cause instanceof ApiException refused && !worthRetrying(refused.code())) {
      outbox.remove(entry.clientMsgId());
      uploads.release(entry);
      emit.accept(
          new SendRefused(
              entry.roomId(),
              entry.threadId(),
              entry.content(),
              refused.getMessage(),
              refused.code() == ErrorCode.MUTED ? refused.retryAfterMs() : 0));
      emit.accept(new OutboxChanged(outbox.entries()));
      flush();
    } else if (cause instanceof ApiException later) {
      long wait = Math.max(later.retryAfterMs(), RETRY_LATER_MS);
      if (later.code() == ErrorCode.RATE_LIMITED) {
        emit.accept(new SendHeld(entry.roomId(), wait));
      }
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
}
