package chat.client.net;

import chat.client.net.ClientEvent.MessageArrived;
import chat.client.net.ClientEvent.MessageEdited;
import chat.client.net.ClientEvent.RoomsListed;
import chat.protocol.Limits;
import chat.protocol.client.RoomList;
import chat.protocol.client.Sync;
import chat.protocol.client.ThreadHistory;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.MessagesResult;
import chat.protocol.result.RoomsResult;
import chat.protocol.result.SyncResult;
import chat.protocol.result.SyncRoom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the newest message seen per room and, after every reconnect, fetches what was said while
 * away with {@code sync}: one request carrying the cursor of every room listed (null for a room
 * joined while offline, which gets its newest page), then, for the rooms whose page says {@code
 * hasMore}, further {@code sync} requests from the last message received, at most {@link
 * #MAX_ROUNDS} of them. The first connection fetches nothing: a room's newest page is fetched when
 * it is opened.
 *
 * <p>It also keeps each room's change position (from {@code message.history} and each {@code
 * sync}), and sends it with {@code sync} as {@code changes}: the messages edited, deleted, reacted
 * to or pinned while away come back whole, and go to the UI as {@link MessageEdited}. A room
 * without a position (never opened) gets one from that first {@code sync}.
 *
 * <p>Replies kept to their thread are in no {@code sync} page: a changed root whose last reply came
 * after the newest message heard before the reconnect has its newest replies fetched ({@code
 * thread.history}), and those after that message go to the UI as {@link MessageArrived}, as they
 * would have live, so the root's thread counts them unseen. Lives on the loop thread.
 *
 * <p>What is missed is measured from the drop: the cursors and the replies' cut-off stay where they
 * were until the catch-up is over (or, if a round fails, until the next reconnect's), so the ack of
 * a message queued offline cannot skip what others said before it.
 */
final class CatchUp {

  /**
   * How many {@code sync} requests one reconnect may follow {@code hasMore} with: 100 messages a
   * room each, so 50,000 messages of a room missed are all fetched; beyond that, the rest of the
   * gap shows only as the room's history.
   */
  static final int MAX_ROUNDS = 500;

  /** The newest message seen in a room; timestamps keep a late ack from moving it back. */
  private record Cursor(String messageId, long timestamp) {}

  private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

  private final Executor loop;
  private final Consumer<ClientEvent> emit;
  private final Map<String, Cursor> cursors = new HashMap<>();
  private final Map<String, Long> changePositions = new HashMap<>();

  /** The server time of the newest message heard, in any room or thread. */
  private long heardUpTo = Long.MIN_VALUE;

  /**
   * {@link #heardUpTo} when the connection dropped: replies after it were missed. Frozen then, as
   * the acks of messages sent offline and live events on the new connection move {@code heardUpTo}
   * before the catch-up asks for anything.
   */
  private long missedAfter;

  /**
   * From a drop until every {@code sync} round of the reconnect has come back: acks and live events
   * then wait in {@link #heldBack} rather than move a room's cursor past messages {@code sync} has
   * not fetched yet (they are in its pages too).
   */
  private boolean catchingUp;

  private final List<Message> heldBack = new ArrayList<>();
  private int chunksUnfinished;

  private SocketLink link;
  private boolean listedBefore;

  CatchUp(Executor loop, Consumer<ClientEvent> emit) {
    this.loop = loop;
    this.emit = emit;
  }

  /** Lists the rooms (the UI gets them) and, on a reconnect, fetches what was missed. */
  void connected(SocketLink connected) {
    link = connected;
    connected
        .request(RoomList::new, RoomsResult.class)
        .thenAcceptAsync(result -> listed(connected, result.rooms()), loop)
        .exceptionally(failure -> logFailure("listing rooms", failure));
  }

  void disconnected() {
    link = null;
    if (listedBefore && !catchingUp) {
      catchingUp = true;
      missedAfter = heardUpTo;
    }
  }

  /** Shows a message (an ack, on the live connection) and moves its room's cursor to it. */
  void arrived(Message message) {
    seen(message);
    emit.accept(new MessageArrived(message));
  }

  /** A message heard live: see {@link #moveCursor}, held back while catching up. */
  void seen(Message message) {
    if (catchingUp) {
      heardUpTo = Math.max(heardUpTo, message.timestamp());
      heldBack.add(message);
    } else {
      moveCursor(message);
    }
  }

  /** Shows a message fetched by the catch-up and moves its room's cursor to it. */
  private void caughtUp(Message message) {
    moveCursor(message);
    emit.accept(new MessageArrived(message));
  }

  /**
   * Moves a room's cursor to {@code message} unless a newer one was seen, or it is a reply kept to
   * its thread (not in the room's order); either way, it was heard.
   */
  private void moveCursor(Message message) {
    heardUpTo = Math.max(heardUpTo, message.timestamp());
    if (!Replies.inRoom(message)) {
      return;
    }
    Cursor current = cursors.get(message.roomId());
    if (current == null || message.timestamp() >= current.timestamp()) {
      cursors.put(message.roomId(), new Cursor(message.messageId(), message.timestamp()));
    }
  }

  /**
   * A page of {@code roomId}'s history was read at change position {@code changeSeq} (null from a
   * server without change positions): changes after it are what a reconnect asks for.
   */
  void historyRead(String roomId, Long changeSeq) {
    if (changeSeq != null) {
      changePositions.merge(roomId, changeSeq, Math::max);
    }
  }

  private void listed(SocketLink from, List<Room> rooms) {
    emit.accept(new RoomsListed(rooms));
    if (!listedBefore) {
      listedBefore = true;
      rooms.stream()
          .filter(room -> room.lastMessage() != null)
          .forEach(r -> moveCursor(r.lastMessage()));
      return;
    }
    Map<String, String> after = new LinkedHashMap<>();
    for (Room room : rooms) {
      Cursor cursor = cursors.get(room.roomId());
      after.put(room.roomId(), cursor == null ? null : cursor.messageId());
    }
    List<Map<String, String>> chunks = chunks(after);
    chunksUnfinished = chunks.size();
    if (chunks.isEmpty()) {
      caughtUpOnAll();
    }
    chunks.forEach(chunk -> sync(from, chunk, 1));
  }

  /** The catch-up is over: the messages heard meanwhile move the cursors now. */
  private void caughtUpOnAll() {
    catchingUp = false;
    heldBack.forEach(this::moveCursor);
    heldBack.clear();
  }

  /** Splits the cursors into requests of at most {@link Limits#SYNC_MAX_ROOMS} rooms. */
  private static List<Map<String, String>> chunks(Map<String, String> cursors) {
    List<Map<String, String>> chunks = new ArrayList<>();
    Map<String, String> chunk = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : cursors.entrySet()) {
      if (chunk.size() == Limits.SYNC_MAX_ROOMS) {
        chunks.add(chunk);
        chunk = new LinkedHashMap<>();
      }
      chunk.put(entry.getKey(), entry.getValue());
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  private void sync(SocketLink from, Map<String, String> after, int round) {
    if (from != link) {
      return; // disconnected again: the next connection catches up
    }
    Map<String, Long> changes = new HashMap<>();
    for (String roomId : after.keySet()) {
      Long position = changePositions.get(roomId);
      if (position != null) {
        changes.put(roomId, position);
      }
    }
    from.request(id -> new Sync(id, after, changes), SyncResult.class)
        .thenAcceptAsync(result -> synced(from, after, result, round), loop)
        .exceptionally(failure -> logFailure("catching up", failure));
  }

  /**
   * Shows a round's messages and changed messages; rooms with more messages after their page (and a
   * cursor), or more changes after their new position, go again.
   */
  private void synced(SocketLink from, Map<String, String> asked, SyncResult result, int round) {
    Map<String, String> more = new LinkedHashMap<>();
    result
        .rooms()
        .forEach(
            (roomId, page) -> {
              page.messages().forEach(this::caughtUp);
              page.changed()
                  .forEach(
                      changed -> {
                        emit.accept(new MessageEdited(changed));
                        if (gotRepliesWhileAway(changed)) {
                          missedReplies(from, changed);
                        }
                      });
              changePositions.merge(roomId, page.changeSeq(), Math::max);
              if (goesOn(asked.get(roomId), page)) {
                more.put(roomId, page.messages().getLast().messageId());
              } else if (page.moreChanges()) {
                Cursor cursor = cursors.get(roomId);
                more.put(roomId, cursor == null ? null : cursor.messageId());
              }
            });
    if (!more.isEmpty() && round < MAX_ROUNDS) {
      sync(from, more, round + 1);
      return;
    }
    if (!more.isEmpty()) {
      log.warn("stopped catching up on {} rooms after {} pages", more.size(), round);
    }
    if (--chunksUnfinished == 0) {
      caughtUpOnAll();
    }
  }

  private boolean gotRepliesWhileAway(Message changed) {
    return changed.threadId() == null
        && changed.lastReplyAt() != null
        && changed.lastReplyAt() > missedAfter;
  }

  /**
   * Shows the replies to {@code root} kept to its thread that came while away (its newest page).
   */
  private void missedReplies(SocketLink from, Message root) {
    long after = missedAfter;
    from.request(
            id ->
                new ThreadHistory(
                    id, root.roomId(), root.messageId(), null, Limits.HISTORY_MAX_LIMIT),
            MessagesResult.class)
        .thenAcceptAsync(
            page ->
                page.messages().stream()
                    .filter(reply -> !Replies.inRoom(reply) && reply.timestamp() > after)
                    .forEach(this::caughtUp),
            loop)
        .exceptionally(failure -> logFailure("fetching a thread's missed replies", failure));
  }

  /**
   * Whether the messages after {@code page} are still missing: a page from a cursor with {@code
   * hasMore}. The newest page of a room without a cursor says {@code hasMore} about older ones,
   * which the room's history loads on demand.
   */
  private static boolean goesOn(String cursor, SyncRoom page) {
    return cursor != null && page.hasMore() && !page.messages().isEmpty();
  }

  private Void logFailure(String what, Throwable failure) {
    log.warn("{} failed: {}", what, Failures.describe(failure));
    return null;
  }
}
