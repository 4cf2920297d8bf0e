package chat.client.ui.login;

import chat.client.ui.QrCodes;
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
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the sign-in form to its view model. */
public final class LoginView {

  private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

  /** Pixels of the QR code image: sharp when shown at 200 on a screen scaled up to 2×. */
  private static final int QR_PIXELS = 400;

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
  @FXML private VBox setupStep;
  @FXML private VBox setupScan;
  @FXML private ImageView setupQr;
  @FXML private TextField setupSecretField;
  @FXML private TextField setupCodeField;
  @FXML private VBox setupCodes;
  @FXML private TextArea setupRecoveryCodes;
  @FXML private Label setupErrorLabel;

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
    BooleanProperty settingUp = model.setup().activeProperty();
    showWhen(codeStep, second);
    showWhen(renewStep, renewing);
    showWhen(cancelSecondStepLink, second.or(renewing).or(settingUp));
    showWhen(passwordStep, second.or(renewing).or(settingUp).not());
    showWhen(passwordLinks, second.or(renewing).or(settingUp).not());
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
    bindSetup(model.setup());
  }

  /** The setup step: the QR code and key, then the recovery codes with Copy. */
  private void bindSetup(SecondFactorSetupForm setup) {
    showWhen(setupStep, setup.activeProperty());
    showWhen(setupScan, setup.showingCodesProperty().not());
    showWhen(setupCodes, setup.showingCodesProperty());
    setupQr.imageProperty().bind(QrCodes.following(setup.texts().otpauthUri(), QR_PIXELS));
    setupSecretField.textProperty().bind(setup.texts().secret());
    setupCodeField.textProperty().bindBidirectional(setup.texts().code());
    setupRecoveryCodes.textProperty().bind(setup.texts().recoveryCodes());
    setupErrorLabel.textProperty().bind(setup.texts().error());
    setupCodeField.accessibleHelpProperty().bind(Bindings.concat(setup.texts().error()));
    setup.texts().error().addListener((obs, old, now) -> mark(setupCodeField, now));
  }

  @FXML
  private void copyRecoveryCodes() {
    ClipboardContent content = new ClipboardContent();
    content.putString(model.setup().texts().recoveryCodes().get());
    Clipboard.getSystemClipboard().setContent(content);
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
