package chat.client.ui.chat;

import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.Features;
import chat.protocol.client.RoomMembers;
import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import chat.protocol.result.MembersResult;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The members of the open room, for the members panel and the composer's mention suggestions: asked
 * for while the panel is open or once the suggestions want them, and again when the room's
 * membership changes. Presence dots show only when the server announces the {@code presence}
 * feature: before that its statuses are not kept up to date. With it, each {@code presence} event
 * moves the member's dot as it comes.
 */
public final class MembersViewModel {

  private static final Comparator<User> BY_NAME =
      Comparator.comparing(u -> u.shownName().toLowerCase(Locale.ROOT));

  private final Session client;
  private final ObservableList<User> members = FXCollections.observableArrayList();
  private final BooleanProperty open = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private final boolean showPresence;
  private String roomId;
  private boolean wanted;

  public MembersViewModel(Session client) {
    this.client = client;
    this.showPresence = client.serverInfo().features().contains(Features.PRESENCE);
    open.addListener((obs, was, now) -> reload());
  }

  /** Follows the open room. */
  public void roomChanged(String id) {
    roomId = id;
    wanted = false;
    members.clear();
    reload();
  }

  /** The mention suggestions want the open room's members: asked for unless the panel has them. */
  public void wanted() {
    if (!wanted) {
      wanted = true;
      if (!open.get()) {
        reload();
      }
    }
  }

  /**
   * A room's membership changed ({@code room.updated}): the open room's members are asked again.
   */
  public void roomUpdated(String id) {
    if (id.equals(roomId)) {
      reload();
    }
  }

  /** Moves a member's presence dot at once, without asking the server again. */
  public void presenceChanged(String userId, UserStatus status, long lastSeen) {
    for (int i = 0; i < members.size(); i++) {
      User user = members.get(i);
      if (user.userId().equals(userId)) {
        members.set(i, user.withPresence(status, lastSeen));
      }
    }
  }

  /**
   * Shows a member's new name at once, in its place in the list, without asking the server again;
   * the dot keeps the presence that {@code presence} events set.
   */
  public void userChanged(User changed) {
    for (int i = 0; i < members.size(); i++) {
      User user = members.get(i);
      if (user.userId().equals(changed.userId())) {
        members.remove(i);
        User renamed = changed.withPresence(user.status(), user.lastSeen());
        members.add(insertionPoint(renamed), renamed);
        return;
      }
    }
  }

  private int insertionPoint(User user) {
    int at = 0;
    while (at < members.size() && BY_NAME.compare(members.get(at), user) <= 0) {
      at++;
    }
    return at;
  }

  private void reload() {
    String id = roomId;
    if (!(open.get() || wanted) || id == null) {
      return;
    }
    client
        .request(rid -> new RoomMembers(rid, id), MembersResult.class)
        .whenComplete(
            (result, failure) -> {
              if (!id.equals(roomId)) {
                return;
              }
              if (failure == null) {
                error.set("");
                members.setAll(result.members().stream().sorted(BY_NAME).toList());
              } else {
                error.set(Failures.describe(failure));
              }
            });
  }

  /** The shown name of a member of the open room, as last listed, or null when not listed. */
  public String nameOf(String userId) {
    return members.stream()
        .filter(u -> u.userId().equals(userId))
        .map(User::shownName)
        .findFirst()
        .orElse(null);
  }

  public ObservableList<User> members() {
    return members;
  }

  public BooleanProperty openProperty() {
    return open;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public boolean showPresence() {
    return showPresence;
  }
}
