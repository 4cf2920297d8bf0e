package chat.client.ui.admin;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The rows of the admin area's lists: an account or an invite, with what can be done to it. */
final class AdminRows {

  private AdminRows() {}

  static Node account(
      AccountsViewModel.Row row, AccountsViewModel accounts, PasswordResetViewModel reset) {
    HBox box = row(row.title(), row.detail(), "account-row");
    if (row.deactivated()) {
      box.getStyleClass().add("deactivated");
    }
    HBox actions = actions(box);
    if (row.nextRole() != null) {
      String text = "Make " + AccountsViewModel.roleName(row.nextRole()).toLowerCase();
      actions
          .getChildren()
          .add(
              button(
                  text,
                  "change-role",
                  text + ": " + row.username(),
                  () -> accounts.changeRole(row)));
    }
    if (row.actsOn() && row.deactivated()) {
      actions
          .getChildren()
          .add(
              button(
                  "Reactivate",
                  "reactivate",
                  "Reactivate " + row.username(),
                  () -> accounts.reactivate(row)));
    } else if (row.actsOn()) {
      actions
          .getChildren()
          .add(
              button(
                  "Reset password…",
                  "reset-password",
                  "Reset the password of " + row.username(),
                  () -> reset.ask(row)));
      Button deactivate =
          button(
              "Deactivate",
              "deactivate",
              "Deactivate " + row.username(),
              () -> accounts.askToDeactivate(row));
      deactivate.getStyleClass().add("danger");
      actions.getChildren().add(deactivate);
    }
    return box;
  }

  static Node invite(InvitesViewModel.Row row, InvitesViewModel invites) {
    HBox box = row(row.detail(), row.code(), "invite-row");
    HBox actions = actions(box);
    if (row.usable()) {
      actions
          .getChildren()
          .add(
              button(
                  "Show link",
                  "show-invite",
                  "Show the link and QR code of the invite with " + row.detail(),
                  () -> invites.show(row)));
    } else {
      box.getStyleClass().add("unusable");
    }
    actions
        .getChildren()
        .add(
            button(
                "Revoke",
                "revoke-invite",
                "Revoke the invite with " + row.detail(),
                () -> invites.revoke(row)));
    return box;
  }

  /** One entry of the audit log, as a line that wraps and reads as it shows. */
  static Node auditLine(String text) {
    Label line = new Label(text);
    line.setWrapText(true);
    line.getStyleClass().add("audit-line");
    line.setAccessibleText(text);
    return line;
  }

  private static HBox row(String title, String detail, String styleClass) {
    Label heading = new Label(title);
    heading.getStyleClass().add("text-bold");
    heading.setWrapText(true);
    Label more = new Label(detail);
    more.getStyleClass().add("text-muted");
    more.setWrapText(true);
    VBox text = new VBox(2, heading, more);
    text.setMinWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox box = new HBox(8, text);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().addAll("settings-row", styleClass);
    return box;
  }

  private static HBox actions(HBox box) {
    HBox actions = new HBox(6);
    actions.setAlignment(Pos.CENTER_RIGHT);
    actions.setMinWidth(HBox.USE_PREF_SIZE);
    box.getChildren().add(actions);
    return actions;
  }

  private static Button button(String text, String id, String accessible, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().add("small");
    button.setAccessibleText(accessible);
    button.setOnAction(event -> action.run());
    return button;
  }
}
