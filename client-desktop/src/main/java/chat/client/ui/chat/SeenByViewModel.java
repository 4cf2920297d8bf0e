package chat.client.ui.chat;

import chat.client.net.Session;
import chat.protocol.client.Read;
import chat.protocol.model.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Read receipts, both ways, for the open room. Tells the server the user has read the newest
 * message shown (once per message; the chat list follows the newest as it comes), and says "Seen by
 * bob, carol" under each message shown that others' read cursors stand on, as Element shows its
 * receipts: each reader once, under the newest message they have read ({@link #rows()}; the words
 * are {@link SeenByLine}'s). The cursors are asked of the server when a room opens and after each
 * reconnect, so what was read before the app started shows too, and follow the {@code read} events
 * from then on ({@link OthersReadCursors}). A cursor on a message not shown (older than the page,
 * or a reply kept to its thread) is left out.
 */
public final class SeenByViewModel {

  private final Session client;
  private final ReadOnlyObjectProperty<String> roomId;
  private final MemberNames names;
  private final OthersReadCursors cursors;
  private final Map<String, String> readSent = new HashMap<>();
  private final ObservableMap<String, String> rows = FXCollections.observableHashMap();
  private final ObservableMap<String, String> rowsShown =
      FXCollections.unmodifiableObservableMap(rows);
  private final InvalidationListener onLines = observable -> newestChanged();
  private ObservableList<ChatLine> watched;

  /** Follows {@code chat}'s open room and the lines it shows. */
  public SeenByViewModel(Session client, ChatViewModel chat) {
    this.client = client;
    this.roomId = chat.roomIdProperty();
    this.names = new MemberNames(client);
    this.cursors = new OthersReadCursors(client);
    roomId.addListener((obs, old, now) -> askForCursors());
    // an invalidation listener: a change listener would miss one empty list replacing another
    chat.linesProperty().addListener(observable -> watch(chat.linesProperty().get()));
    watch(chat.linesProperty().get());
  }

  /** Another member read {@code room} up to {@code messageId}. */
  public void readUpTo(String room, String userId, String messageId) {
    cursors.moved(room, userId, messageId);
    names.learn(room, userId, this::refresh);
    refresh();
  }

  /**
   * The rooms were listed after a (re)connect: the open room's cursors are asked for again, as
   * {@code read} events of the time offline were never heard.
   */
  public void reconnected() {
    askForCursors();
  }

  private void askForCursors() {
    String room = roomId.get();
    if (room != null) {
      cursors.ask(
          room,
          readers -> {
            names.learn(room, readers, this::refresh);
            refresh();
          });
    }
  }

  /** A user is shown by another name now: a "seen by" naming them follows at once. */
  public void userChanged(User user) {
    names.changed(user);
    refresh();
  }

  /**
   * "Seen by bob, carol" by the messageId of each row shown that others have read up to; a row no
   * cursor stands on has no entry. Follows the cursors and the rows shown as they change.
   */
  public ObservableMap<String, String> rows() {
    return rowsShown;
  }

  private void watch(ObservableList<ChatLine> lines) {
    if (watched != null) {
      watched.removeListener(onLines);
    }
    watched = lines;
    if (lines != null) {
      lines.addListener(onLines);
    }
    newestChanged();
  }

  private void newestChanged() {
    String newestId = newestMessage(watched);
    String room = roomId.get();
    if (room != null && newestId != null && !newestId.equals(readSent.get(room))) {
      readSent.put(room, newestId);
      client
          .request(id -> new Read(id, room, newestId), Object.class)
          .exceptionally(
              failure -> {
                readSent.remove(room, newestId); // offline: told again when next shown
                return null;
              });
    }
    refresh();
  }

  /** Names, under each message shown, those whose cursor stands on it. */
  private void refresh() {
    Set<String> shown = messagesIn(watched);
    Map<String, List<String>> readers = new HashMap<>();
    for (Map.Entry<String, String> cursor : cursors.in(roomId.get()).entrySet()) {
      if (shown.contains(cursor.getValue())) {
        readers
            .computeIfAbsent(cursor.getValue(), messageId -> new ArrayList<>())
            .add(names.of(cursor.getKey()));
      }
    }
    rows.keySet().retainAll(readers.keySet());
    readers.forEach((messageId, who) -> rows.put(messageId, SeenByLine.of(who)));
  }

  /** The messageIds of the messages among {@code lines}. */
  private static Set<String> messagesIn(List<ChatLine> lines) {
    Set<String> messages = new HashSet<>();
    for (int i = 0; lines != null && i < lines.size(); i++) {
      if (lines.get(i).kind() == ChatLine.Kind.MESSAGE) {
        messages.add(lines.get(i).key());
      }
    }
    return messages;
  }

  private static String newestMessage(List<ChatLine> lines) {
    if (lines != null) {
      for (ChatLine line : lines.reversed()) {
        if (line.kind() == ChatLine.Kind.MESSAGE) {
          return line.key();
        }
      }
    }
    return null;
  }
}
