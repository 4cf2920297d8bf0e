package chat.client.ui.moderation;

import chat.protocol.model.User;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;

/**
 * The menu on a row of the members panel (right click, or the menu key): the moderator's actions on
 * that member, only those {@link MemberActions} offers, in the room open when the menu opened;
 * handing the room over asks first.
 */
public final class MemberMenu {

  private MemberMenu() {}

  /** Gives {@code cell} the menu; returns it. */
  public static <C extends ListCell<User>> C attach(C cell, MemberActions actions) {
    cell.setOnContextMenuRequested(
        event -> {
          User user = cell.getItem();
          if (user == null) {
            return;
          }
          String roomId = actions.openRoom();
          ContextMenu menu = new ContextMenu();
          for (MemberActions.Action action : actions.of(user.userId())) {
            MenuItem item = new MenuItem(action.text());
            item.setId("member-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> run(actions, action, roomId, user));
            menu.getItems().add(item);
          }
          if (!menu.getItems().isEmpty()) {
            menu.show(cell, event.getScreenX(), event.getScreenY());
          }
          event.consume();
        });
    return cell;
  }

  private static void run(
      MemberActions actions, MemberActions.Action action, String roomId, User user) {
    if (action.asksFirst()) {
      Alert confirm =
          new Alert(
              Alert.AlertType.CONFIRMATION,
              "Hand this room over to "
                  + user.shownName()
                  + "? They become its owner and you a moderator.",
              ButtonType.OK,
              ButtonType.CANCEL);
      confirm.setHeaderText(null);
      if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
        return;
      }
    }
    actions.run(action, roomId, user.userId());
  }
}
