package chat.client.ui.chat;

import chat.client.ui.emoji.EmojiText;
import chat.protocol.model.RoomRole;
import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

/**
 * A member's name, with a presence dot when the server keeps presence, "owner" or "moderator" after
 * the name of those who hold the role, and "security key changed" in red after a member whose
 * end-to-end encryption key changed.
 */
public final class MemberCell extends ListCell<User> {

  /** Emoji in names are colour pictures this many pixels high. */
  private static final double EMOJI_SIZE = 16;

  private final boolean showPresence;
  private final Function<String, RoomRole> roles;
  private final Predicate<String> keyChanged;

  /**
   * @param roles a member's role in the open room, or null when unknown
   * @param keyChanged whether a member's security key changed, by user id
   */
  public MemberCell(
      boolean showPresence, Function<String, RoomRole> roles, Predicate<String> keyChanged) {
    this.showPresence = showPresence;
    this.roles = roles;
    this.keyChanged = keyChanged;
  }

  @Override
  protected void updateItem(User user, boolean empty) {
    super.updateItem(user, empty);
    setText(null);
    if (empty || user == null) {
      setGraphic(null);
      setAccessibleText(null);
      return;
    }
    RoomRole role = roles.apply(user.userId());
    String shown =
        role == null || role == RoomRole.MEMBER
            ? user.shownName()
            : user.shownName() + " · " + role.name().toLowerCase(Locale.ROOT);
    Label name = new Label();
    boolean online = user.status() == UserStatus.ONLINE;
    Circle dot = null;
    if (showPresence) {
      dot = new Circle(4);
      dot.getStyleClass().add(online ? "presence-online" : "presence-offline");
    }
    EmojiText.show(name, shown, EMOJI_SIZE, dot);
    setGraphic(name);
    if (!user.shownName().equals(user.username())) {
      name.setTooltip(new Tooltip("@" + user.username()));
    }
    String spoken = showPresence ? shown + (online ? ", online" : ", offline") : shown;
    if (keyChanged.test(user.userId())) {
      Label mark = new Label("⚠ security key changed");
      mark.getStyleClass().add("member-key-changed");
      setGraphic(new HBox(6, name, mark));
      spoken += ", security key changed";
    }
    setAccessibleText(spoken);
  }
}
