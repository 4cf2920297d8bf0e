package chat.client.ui.settings;

import chat.client.ui.settings.SessionsViewModel.Row;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One session in the settings: device, when, and "Sign out" unless it is this app's. */
final class SessionRows {

  private SessionRows() {}

  static Node of(Row row, SessionsViewModel sessions) {
    Label device = new Label(row.device());
    device.getStyleClass().add("text-bold");
    Label detail = new Label(row.detail());
    detail.getStyleClass().add("text-muted");
    detail.setWrapText(true);
    VBox text = new VBox(2, device, detail);
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox box = new HBox(8, text);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().addAll("settings-row", "session-row");
    if (row.current()) {
      box.getStyleClass().add("current");
    } else {
      box.getChildren()
          .add(
              ServerRows.button(
                  "Sign out",
                  "sign-out-session",
                  "Sign out the session of " + row.device() + ", " + row.detail(),
                  () -> sessions.signOut(row)));
    }
    return box;
  }
}
