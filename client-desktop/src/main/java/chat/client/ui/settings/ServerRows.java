package chat.client.ui.settings;

import chat.client.ui.settings.KnownServersViewModel.Row;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One known server in the settings: its name and address, Remove and Forget certificate. */
final class ServerRows {

  private ServerRows() {}

  static Node of(Row row, KnownServersViewModel servers) {
    Label name = new Label(row.name() + (row.current() ? " (this server)" : ""));
    name.getStyleClass().add("text-bold");
    Label detail = new Label(row.hostPort() + " · signed in as " + row.username());
    detail.getStyleClass().add("text-muted");
    VBox text = new VBox(2, name, detail);
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox box = new HBox(8, text);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add("settings-row");
    if (row.pinned()) {
      box.getChildren()
          .add(
              button(
                  "Forget certificate",
                  "forget-certificate",
                  "Forget the certificate trusted for " + row.hostPort(),
                  () -> servers.forgetCertificate(row)));
    }
    if (!row.current()) {
      box.getChildren()
          .add(
              button(
                  "Remove",
                  "remove-server",
                  "Remove " + row.name() + " from the known servers",
                  () -> servers.remove(row)));
    }
    return box;
  }

  static Button button(String text, String styleClass, String accessibleText, Runnable action) {
    Button button = new Button(text);
    button.getStyleClass().addAll("small", styleClass);
    button.setAccessibleText(accessibleText);
    button.setOnAction(event -> action.run());
    return button;
  }
}
