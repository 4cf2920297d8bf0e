package chat.server.chat;

import chat.protocol.Limits;
import chat.protocol.model.ReadCursor;
import chat.protocol.server.ReadEvent;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.ReadCursorStore;
import java.util.List;

/**
 * Read receipts: a member's read cursor moves forward only, the other members hear of each move,
 * and they may ask where the others stand (a client that opens a room heard none of the moves).
 * Unread counts, measured from the same cursor, are in {@link RoomService#list}.
 */
public final class ReadReceiptService {

  private final ReadCursorStore cursors;
  private final RoomService rooms;
  private final EventBus events;

  public ReadReceiptService(ReadCursorStore cursors, RoomService rooms, EventBus events) {
    this.cursors = cursors;
    this.rooms = rooms;
    this.events = events;
  }

  /**
   * Moves the reader's cursor to {@code messageId}. A message at or before the cursor changes
   * nothing and tells nobody.
   *
   * @throws ChatException {@code NOT_FOUND}, {@code FORBIDDEN} when not a member, or {@code
   *     INVALID_INPUT} (field {@code messageId}) when the room has no such message
   */
  public void read(AuthenticatedUser reader, String roomId, String messageId) {
    rooms.requireMember(reader, roomId);
    switch (cursors.advance(roomId, reader.userId(), messageId)) {
      case MOVED ->
          events.publish(
              new BusEvent.Delivery(
                  rooms.otherMembers(roomId, reader.userId()),
                  new ReadEvent(roomId, reader.userId(), messageId)));
      case ALREADY_PAST -> {}
      case NO_SUCH_MESSAGE ->
          throw ChatException.invalidInput("messageId", "no such message in this room");
    }
  }

  /**
   * The read cursors of the room's other members, the furthest along first, at most {@link
   * Limits#READ_CURSORS_MAX}.
   *
   * @throws ChatException {@code NOT_FOUND}, or {@code FORBIDDEN} when not a member
   */
  public List<ReadCursor> cursors(AuthenticatedUser reader, String roomId) {
    rooms.requireMember(reader, roomId);
    return cursors.furthest(roomId, reader.userId(), Limits.READ_CURSORS_MAX);
  }
}
