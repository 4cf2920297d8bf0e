package chat.client.ui.chat;

import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;

/** A member's name, with a presence dot when the server keeps presence. */
public final class MemberCell extends ListCell<User> {

  private final boolean showPresence;

  public MemberCell(boolean showPresence) {
    this.showPresence = showPresence;
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
    Label name = new Label(user.shownName());
    boolean online = user.status() == UserStatus.ONLINE;
    if (showPresence) {
      Circle dot = new Circle(4);
      dot.getStyleClass().add(online ? "presence-online" : "presence-offline");
      name.setGraphic(dot);
    }
    setGraphic(name);
    if (!user.shownName().equals(user.username())) {
      name.setTooltip(new Tooltip("@" + user.username()));
    }
    setAccessibleText(
        showPresence ? user.shownName() + (online ? ", online" : ", offline") : user.shownName());
  }
}
