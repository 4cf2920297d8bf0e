package chat.client.ui.e2ee;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The part of "Enter your recovery key" for someone who has none: a link that opens what starting
 * over costs, the password field and "Start over". Parts are named {@code start-over-link}, {@code
 * start-over-password}, {@code start-over-error} and {@code start-over-confirm}.
 */
final class StartOverSection {

  private StartOverSection() {}

  static Node of(StartOverViewModel model) {
    Label warning = new Label(StartOverViewModel.WARNING);
    warning.setWrapText(true);
    PasswordField password = new PasswordField();
    password.setId("start-over-password");
    password.setPromptText("Your account's password");
    password.setAccessibleText("Your account's password");
    password.textProperty().bindBidirectional(model.passwordProperty());
    Button confirm = new Button("Start over");
    confirm.setId("start-over-confirm");
    confirm.getStyleClass().add("danger");
    confirm.disableProperty().bind(model.canStartOver().not());
    confirm.setOnAction(event -> model.startOver());
    Label error = new Label();
    error.setId("start-over-error");
    error.getStyleClass().add("error-text");
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    VBox details = new VBox(8, warning, new HBox(8, password, confirm), error);
    details.setVisible(false);
    details.managedProperty().bind(details.visibleProperty());
    Hyperlink open = new Hyperlink("I don't have it: start over with a new key");
    open.setId("start-over-link");
    open.setOnAction(event -> details.setVisible(!details.isVisible()));
    return new VBox(4, open, details);
  }
}
