package chat.client.ui.chat;

import chat.client.net.Session;
import chat.protocol.client.Read;
import chat.protocol.model.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * Read receipts, both ways, for the open room. Tells the server the user has read the newest
 * message shown (once per message; the chat list follows the newest as it comes), and shows "Seen
 * by bob, carol" for the others' read cursors: under the list, naming who stands on the last
 * message shown that anyone else has read, and quoting it when it is not the newest ({@link
 * SeenByLine}). The cursors are asked of the server when a room opens and after each reconnect, so
 * what was read before the app started shows too, and follow the {@code read} events from then on
 * ({@link OthersReadCursors}). A cursor on a message not shown (older than the page, or a reply
 * kept to its thread) is left out.
 */
public final class SeenByViewModel {

  private final Session client;
  private final ReadOnlyObjectProperty<String> roomId;
  private final MemberNames names;
  private final OthersReadCursors cursors;
  private final Map<String, String> readSent = new HashMap<>();
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final InvalidationListener onLines = observable -> newestChanged();
  private ObservableList<ChatLine> watched;
  private String newestId;

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

  /** "Seen by bob, carol", or "Seen by bob up to “hi”" when not the newest; or empty. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
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
    newestId = newestMessage(watched);
    String room = roomId.get();
    if (room != null && newestId != null && !newestId.equals(readSent.get(room))) {
      readSent.put(room, newestId);
      String read = newestId;
      client
          .request(id -> new Read(id, room, read), Object.class)
          .exceptionally(
              failure -> {
                readSent.remove(room, read); // offline: told again when next shown
                return null;
              });
    }
    refresh();
  }

  /** Names those on the furthest message shown that a cursor stands on. */
  private void refresh() {
    Map<String, Integer> shown = messagePositions(watched);
    int furthest = -1;
    List<String> readers = new ArrayList<>();
    for (Map.Entry<String, String> cursor : cursors.in(roomId.get()).entrySet()) {
      Integer at = shown.get(cursor.getValue());
      if (at == null || at < furthest) {
        continue;
      }
      if (at > furthest) {
        furthest = at;
        readers.clear();
      }
      readers.add(names.of(cursor.getKey()));
    }
    text.set(
        readers.isEmpty()
            ? ""
            : SeenByLine.of(
                readers, watched.get(furthest), watched.get(furthest).key().equals(newestId)));
  }

  /** Where each message of {@code lines} is among them, by messageId. */
  private static Map<String, Integer> messagePositions(List<ChatLine> lines) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; lines != null && i < lines.size(); i++) {
      if (lines.get(i).kind() == ChatLine.Kind.MESSAGE) {
        positions.put(lines.get(i).key(), i);
      }
    }
    return positions;
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
