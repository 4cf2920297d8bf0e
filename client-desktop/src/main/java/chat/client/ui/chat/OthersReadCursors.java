package chat.client.ui.chat;

import chat.client.net.Session;
import chat.protocol.Features;
import chat.protocol.client.ReadCursors;
import chat.protocol.model.ReadCursor;
import chat.protocol.result.ReadCursorsResult;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where the other members of each room have read up to (userId → messageId): asked of the server
 * ({@code read.cursors}) when a room opens and after each reconnect, since the {@code read} events
 * of this run tell nothing of what was read before it, and moved by those events. An answer
 * replaces the room's cursors, except those moved by an event heard while it was on its way: such
 * an event is as new as the answer, or newer.
 */
final class OthersReadCursors {

  private final Session client;
  private final boolean served;
  private final Map<String, Map<String, String>> byRoom = new HashMap<>();
  private final Map<String, Set<String>> movedWhileAsking = new HashMap<>();

  OthersReadCursors(Session client) {
    this.client = client;
    this.served = client.serverInfo().features().contains(Features.READ_CURSORS);
  }

  /**
   * Asks for {@code roomId}'s cursors, then gives {@code answered} the users now known there. A
   * server without {@code read.cursors} is not asked: only live events count there. A failed ask
   * (offline) changes nothing; the next open or reconnect asks again.
   */
  void ask(String roomId, Consumer<Set<String>> answered) {
    if (!served) {
      return;
    }
    Set<String> moved = new HashSet<>();
    movedWhileAsking.put(roomId, moved);
    client
        .request(id -> new ReadCursors(id, roomId), ReadCursorsResult.class)
        .whenComplete(
            (result, failure) -> {
              if (movedWhileAsking.get(roomId) != moved) {
                return; // a later ask answers for this room
              }
              movedWhileAsking.remove(roomId);
              if (failure == null) {
                answered.accept(replace(roomId, result, moved));
              }
            });
  }

  private Set<String> replace(String roomId, ReadCursorsResult result, Set<String> moved) {
    Map<String, String> live = in(roomId);
    Map<String, String> now = new LinkedHashMap<>();
    for (ReadCursor cursor : result.cursors()) {
      now.put(cursor.userId(), cursor.messageId());
    }
    moved.forEach(userId -> now.put(userId, live.get(userId)));
    byRoom.put(roomId, now);
    return now.keySet();
  }

  /** A {@code read} event: {@code userId} read {@code roomId} up to {@code messageId}. */
  void moved(String roomId, String userId, String messageId) {
    byRoom.computeIfAbsent(roomId, r -> new LinkedHashMap<>()).put(userId, messageId);
    Set<String> moved = movedWhileAsking.get(roomId);
    if (moved != null) {
      moved.add(userId);
    }
  }

  /** The cursors known in {@code roomId}: userId → the messageId each stands on. */
  Map<String, String> in(String roomId) {
    return byRoom.getOrDefault(roomId, Map.of());
  }
}
