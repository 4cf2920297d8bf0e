package chat.client.ui.chat;

import chat.client.net.Session;
import chat.protocol.client.Read;
import chat.protocol.model.User;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * Read receipts, both ways, for the open room. Tells the server the user has read the newest
 * message shown (once per message; the chat list follows the newest as it comes), and shows "Seen
 * by bob, carol" for the members whose {@code read} events reached that newest message. The
 * protocol hands out no read cursors of others, so only {@code read} events of this session count.
 */
public final class SeenByViewModel {

  private final Session client;
  private final ReadOnlyObjectProperty<String> roomId;
  private final MemberNames names;
  private final Map<String, Map<String, String>> readUpToByRoom = new HashMap<>();
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
    // an invalidation listener: a change listener would miss one empty list replacing another
    chat.linesProperty().addListener(observable -> watch(chat.linesProperty().get()));
    watch(chat.linesProperty().get());
  }

  /** Another member read {@code room} up to {@code messageId}. */
  public void readUpTo(String room, String userId, String messageId) {
    readUpToByRoom.computeIfAbsent(room, r -> new LinkedHashMap<>()).put(userId, messageId);
    names.learn(room, userId, this::refresh);
    refresh();
  }

  /** A user is shown by another name now: a "seen by" naming them follows at once. */
  public void userChanged(User user) {
    names.changed(user);
    refresh();
  }

  /** "Seen by bob, carol" under the newest message, or empty. */
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

  private void refresh() {
    Map<String, String> readers = readUpToByRoom.getOrDefault(roomId.get(), Map.of());
    List<String> seenBy =
        readers.entrySet().stream()
            .filter(reader -> newestId != null && Objects.equals(reader.getValue(), newestId))
            .map(reader -> names.of(reader.getKey()))
            .toList();
    text.set(seenBy.isEmpty() ? "" : "Seen by " + String.join(", ", seenBy));
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
