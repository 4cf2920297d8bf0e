package chat.client.ui.login;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

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
  @FXML private VBox passwordStep;
  @FXML private VBox codeStep;
  @FXML private TextField codeField;
  @FXML private Label codeErrorLabel;
  @FXML private Hyperlink cancelSecondStepLink;
  @FXML private HBox passwordLinks;
  @FXML private VBox renewStep;
  @FXML private PasswordField newPasswordField;
  @FXML private PasswordField repeatedPasswordField;
  @FXML private Label renewErrorLabel;

  public LoginView(LoginViewModel model, Runnable back) {
    this.model = model;
    this.back = back;
  }

  @FXML
  private void initialize() {
    titleLabel.textProperty().bind(model.titleText());
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
    bindSecondStep();
  }

  /** The code step replaces the username and password while the login waits for its code. */
  private void bindSecondStep() {
    BooleanProperty second = model.secondStepProperty();
    BooleanProperty renewing = model.renewal().activeProperty();
    showWhen(codeStep, second);
    showWhen(renewStep, renewing);
    showWhen(cancelSecondStepLink, second.or(renewing));
    showWhen(passwordStep, second.or(renewing).not());
    showWhen(passwordLinks, second.or(renewing).not());
    cancelSecondStepLink.setOnAction(event -> model.cancelSecondStep());
    codeField.textProperty().bindBidirectional(model.codeProperty());
    codeErrorLabel.textProperty().bind(model.codeErrorProperty());
    codeField.accessibleHelpProperty().bind(Bindings.concat(model.codeErrorProperty()));
    model.codeErrorProperty().addListener((obs, old, now) -> mark(codeField, now));
    second.addListener(
        (obs, was, now) -> {
          if (now) {
            codeField.requestFocus();
          }
        });
    bindRenewal(model.renewal());
  }

  /** The new password's step replaces the password for an account whose password was reset. */
  private void bindRenewal(PasswordRenewalForm renewal) {
    newPasswordField.textProperty().bindBidirectional(renewal.newPasswordProperty());
    repeatedPasswordField.textProperty().bindBidirectional(renewal.repeatedProperty());
    renewErrorLabel.textProperty().bind(renewal.errorProperty());
    newPasswordField.accessibleHelpProperty().bind(Bindings.concat(renewal.errorProperty()));
    renewal.errorProperty().addListener((obs, old, now) -> mark(newPasswordField, now));
    renewal
        .activeProperty()
        .addListener(
            (obs, was, now) -> {
              if (now) {
                newPasswordField.requestFocus();
              }
            });
  }

  private static void showWhen(Node node, ObservableBooleanValue shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(shown);
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
