package chat.client.ui.login;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Binds the sign-in form to its view model. */
public final class LoginView {

  private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

  private final LoginViewModel model;
  private final Runnable back;

  @FXML private Label titleLabel;
  @FXML private Label serverLabel;
  @FXML private Label formErrorLabel;
  @FXML private TextField usernameField;
  @FXML private Label usernameErrorLabel;
  @FXML private PasswordField passwordField;
  @FXML private Label passwordErrorLabel;
  @FXML private Button submitButton;
  @FXML private Hyperlink toggleLink;

  public LoginView(LoginViewModel model, Runnable back) {
    this.model = model;
    this.back = back;
  }

  @FXML
  private void initialize() {
    titleLabel.textProperty().bind(model.submitText());
    serverLabel.setText(model.serverName());
    usernameField.textProperty().bindBidirectional(model.usernameProperty());
    passwordField.textProperty().bindBidirectional(model.passwordProperty());
    formErrorLabel.textProperty().bind(model.formErrorProperty());
    usernameErrorLabel.textProperty().bind(model.usernameErrorProperty());
    passwordErrorLabel.textProperty().bind(model.passwordErrorProperty());
    submitButton.textProperty().bind(model.submitText());
    submitButton.accessibleTextProperty().bind(model.submitText());
    submitButton.disableProperty().bind(model.busyProperty());
    toggleLink.textProperty().bind(model.toggleText());
    usernameField.accessibleHelpProperty().bind(Bindings.concat(model.usernameErrorProperty()));
    passwordField.accessibleHelpProperty().bind(Bindings.concat(model.passwordErrorProperty()));
    model.usernameErrorProperty().addListener((obs, old, now) -> mark(usernameField, now));
    model.passwordErrorProperty().addListener((obs, old, now) -> mark(passwordField, now));
  }

  private static void mark(TextField field, String error) {
    field.pseudoClassStateChanged(DANGER, error != null && !error.isEmpty());
  }

  @FXML
  private void submit() {
    model.submit();
  }

  @FXML
  private void toggleMode() {
    model.toggleMode();
  }

  @FXML
  private void back() {
    back.run();
  }
}
