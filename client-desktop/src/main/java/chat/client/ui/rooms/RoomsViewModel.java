package chat.client.ui.rooms;

import chat.client.notify.Mentions;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sidebar: the user's rooms in three sections, the open one, and unread and mention counts: the
 * server's after each (re)connect, then this app's own: messages from others, new to this app, in
 * rooms other than the open one.
 */
public final class RoomsViewModel {

  /**
   * What the last listing's counts of a room took in: its messages sent up to {@code upTo} (its
   * {@code lastMessage}), in the unread count, the mention count, or both.
   */
  private record ServerCounted(long upTo, boolean unread, boolean mentions) {
    static final ServerCounted NOTHING = new ServerCounted(Long.MIN_VALUE, false, false);
  }

  private final String myUsername;
  private final String myUserId;
  private final Mentions mentions;
  private final Map<String, ServerCounted> serverCounted = new HashMap<>();
  private final Map<String, RoomItem> rooms = new LinkedHashMap<>();
  private final ObservableList<RoomItem> items =
      FXCollections.observableArrayList(item -> new Observable[] {item.unreadProperty()});
  private final ObservableList<SidebarRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<RoomItem> selected = new SimpleObjectProperty<>();
  private final IntegerBinding totalUnread =
      Bindings.createIntegerBinding(
          () -> items.stream().mapToInt(i -> i.unreadProperty().get()).sum(), items);

  /**
   * @param mentions which messages mention the user
   */
  public RoomsViewModel(String myUserId, String myUsername, Mentions mentions) {
    this.myUserId = myUserId;
    this.myUsername = myUsername;
    this.mentions = mentions;
  }

  /**
   * The rooms as listed after a (re)connect; rooms left elsewhere go away. Unread and mention
   * counts start again from the server's read cursor ({@code unreadCount}, {@code mentionCount}),
   * which knows what arrived while this app was away; the room on screen stays read. A count the
   * server leaves out (an older server) keeps this app's own. The messages a reconnect then catches
   * up with, up to the room's {@code lastMessage}, are in the server's counts already.
   */
  public void listed(List<Room> listed) {
    rooms.keySet().retainAll(listed.stream().map(Room::roomId).toList());
    serverCounted.clear();
    for (Room room : listed) {
      RoomItem item = put(room);
      if (item != selected.get()) {
        startFrom(item.unreadProperty(), room.unreadCount());
        startFrom(item.mentionsProperty(), room.mentionCount());
      }
      if (room.lastMessage() != null) {
        serverCounted.put(
            room.roomId(),
            new ServerCounted(
                room.lastMessage().timestamp(),
                room.unreadCount() != null,
                room.mentionCount() != null));
      }
    }
    if (selected.get() != null && !rooms.containsKey(selected.get().roomId())) {
      selected.set(null);
    }
    refresh();
  }

  private static void startFrom(IntegerProperty count, Integer serverCount) {
    if (serverCount != null) {
      count.set(serverCount);
    }
  }

  /** A room that changed or was just joined. */
  public RoomItem changed(Room room) {
    RoomItem item = put(room);
    refresh();
    return item;
  }

  /** A room the user no longer belongs to (kicked or banned): it leaves the sidebar. */
  public void removed(String roomId) {
    RoomItem item = rooms.remove(roomId);
    if (item != null && item == selected.get()) {
      selected.set(null);
    }
    refresh();
  }

  /**
   * Counts a new message as unread when it is someone else's in a room not on screen, and as a
   * mention too when it mentions the user ({@link Mentions}).
   */
  public void arrived(Message message, boolean isNew) {
    RoomItem item = rooms.get(message.roomId());
    boolean onScreen = selected.get() != null && selected.get() == item;
    if (isNew && item != null && !onScreen && !myUserId.equals(message.senderId())) {
      ServerCounted counted = serverCounted.getOrDefault(message.roomId(), ServerCounted.NOTHING);
      boolean listedBefore = message.timestamp() <= counted.upTo();
      if (!(listedBefore && counted.unread())) {
        item.unreadProperty().set(item.unreadProperty().get() + 1);
      }
      if (mentions.of(message) && !(listedBefore && counted.mentions())) {
        item.mentionsProperty().set(item.mentionsProperty().get() + 1);
      }
    }
  }

  /** Opens a room; its unread and mention counts are cleared. */
  public void select(RoomItem item) {
    selected.set(item);
    if (item != null) {
      item.unreadProperty().set(0);
      item.mentionsProperty().set(0);
    }
  }

  /**
   * Alt+Down ({@code step} 1) and Alt+Up ({@code -1}): opens the room below or above the open one
   * in the sidebar's order, section titles skipped. It stops at the first and last room; with none
   * open it starts from the top (down) or the bottom (up).
   */
  public void selectAdjacent(int step) {
    List<RoomItem> order = sidebarOrder();
    if (order.isEmpty()) {
      return;
    }
    int at = order.indexOf(selected.get());
    int to = at < 0 ? (step > 0 ? 0 : order.size() - 1) : at + step;
    if (to >= 0 && to < order.size() && to != at) {
      select(order.get(to));
    }
  }

  /**
   * Ctrl+Shift+A: opens the next room with unread messages after the open one in the sidebar's
   * order, wrapping around at the end; does nothing when no room has any.
   */
  public void selectNextUnread() {
    List<RoomItem> order = sidebarOrder();
    int at = order.indexOf(selected.get());
    for (int i = 1; i <= order.size(); i++) {
      RoomItem candidate = order.get(Math.floorMod(at + i, order.size()));
      if (candidate.unreadProperty().get() > 0) {
        select(candidate);
        return;
      }
    }
  }

  public RoomItem find(String roomId) {
    return rooms.get(roomId);
  }

  public ObservableList<SidebarRow> rows() {
    return rows;
  }

  public ObservableList<RoomItem> items() {
    return items;
  }

  public ObjectProperty<RoomItem> selectedProperty() {
    return selected;
  }

  public IntegerBinding totalUnread() {
    return totalUnread;
  }

  private List<RoomItem> sidebarOrder() {
    return rows.stream()
        .flatMap(r -> r instanceof SidebarRow.Entry e ? Stream.of(e.room()) : Stream.empty())
        .toList();
  }

  private RoomItem put(Room room) {
    RoomItem item = rooms.get(room.roomId());
    if (item == null) {
      item = new RoomItem(room, myUsername);
      rooms.put(room.roomId(), item);
    } else {
      item.update(room, myUsername);
    }
    return item;
  }

  private void refresh() {
    Comparator<RoomItem> byName = Comparator.comparing(i -> i.name().toLowerCase(Locale.ROOT));
    List<RoomItem> sorted = rooms.values().stream().sorted(byName).toList();
    items.setAll(sorted);
    List<SidebarRow> built = new ArrayList<>();
    section(built, "Public rooms", RoomVisibility.PUBLIC, sorted);
    section(built, "Private rooms", RoomVisibility.PRIVATE, sorted);
    section(built, "Direct messages", RoomVisibility.DIRECT, sorted);
    rows.setAll(built);
  }

  private static void section(
      List<SidebarRow> rows, String title, RoomVisibility visibility, List<RoomItem> sorted) {
    List<RoomItem> members = sorted.stream().filter(i -> i.visibility() == visibility).toList();
    if (!members.isEmpty()) {
      rows.add(new SidebarRow.Section(title));
      members.forEach(i -> rows.add(new SidebarRow.Entry(i)));
    }
  }
}
