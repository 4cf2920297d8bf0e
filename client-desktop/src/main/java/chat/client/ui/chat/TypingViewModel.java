package chat.client.ui.chat;

import chat.client.net.Session;
import chat.protocol.client.Typing;
import chat.protocol.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Typing, both ways, for the open room. Shows "bob is typing…" while another member types: until
 * their {@code active: false}, or {@link #HOLD} after their last start (the view calls {@link
 * #tick()} every second). Tells the others while the user types: {@code active: true} as the draft
 * changes, at most once per {@link #THROTTLE} (the server passes on no more), and {@code active:
 * false} once the draft is sent or cleared, or the user opens another room.
 */
public final class TypingViewModel {

  static final Duration HOLD = Duration.ofSeconds(6);
  static final Duration THROTTLE = Duration.ofSeconds(1);

  private final Session client;
  private final Clock clock;
  private final String myUserId;
  private final Map<String, Map<String, Instant>> typistsByRoom = new HashMap<>();
  private final MemberNames names;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private String roomId;
  private String announcedIn;
  private Instant lastStart = Instant.MIN;

  public TypingViewModel(Session client, Clock clock) {
    this.client = client;
    this.clock = clock;
    this.myUserId = client.me().userId();
    this.names = new MemberNames(client);
  }

  /** Follows the open room; typing announced in the one left stops. */
  public void roomChanged(String id) {
    stopAnnouncing();
    roomId = id;
    refresh();
  }

  /** Another member started or stopped typing. */
  public void typingChanged(String room, String userId, boolean active) {
    if (userId.equals(myUserId)) {
      return;
    }
    Map<String, Instant> typists = typistsByRoom.computeIfAbsent(room, r -> new LinkedHashMap<>());
    if (active) {
      typists.put(userId, clock.instant().plus(HOLD));
      names.learn(room, userId, this::refresh);
    } else {
      typists.remove(userId);
    }
    refresh();
  }

  /** A user is shown by another name now: a typing line with them follows at once. */
  public void userChanged(User user) {
    names.changed(user);
    refresh();
  }

  /** Drops the starts older than {@link #HOLD}: their typist went quiet without a word. */
  public void tick() {
    Instant now = clock.instant();
    typistsByRoom.values().forEach(typists -> typists.values().removeIf(now::isAfter));
    refresh();
  }

  /** The composer's text changed: typing goes on, or stops when the text is gone. */
  public void draftChanged(String draft) {
    if (draft == null || draft.isBlank()) {
      stopAnnouncing();
      return;
    }
    Instant now = clock.instant();
    if (roomId == null || (roomId.equals(announcedIn) && now.isBefore(lastStart.plus(THROTTLE)))) {
      return;
    }
    announcedIn = roomId;
    lastStart = now;
    announce(roomId, true);
  }

  /** "bob is typing…", "bob and carol are typing…", "3 people are typing…", or empty. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  private void stopAnnouncing() {
    if (announcedIn != null) {
      announce(announcedIn, false);
      announcedIn = null;
      lastStart = Instant.MIN;
    }
  }

  private void announce(String room, boolean active) {
    client.request(id -> new Typing(id, room, active), Object.class);
  }

  private void refresh() {
    Map<String, Instant> typists = roomId == null ? Map.of() : typistsByRoom.get(roomId);
    List<String> who =
        typists == null ? List.of() : typists.keySet().stream().map(names::of).toList();
    text.set(
        switch (who.size()) {
          case 0 -> "";
          case 1 -> who.getFirst() + " is typing…";
          case 2 -> who.get(0) + " and " + who.get(1) + " are typing…";
          default -> who.size() + " people are typing…";
        });
  }
}
