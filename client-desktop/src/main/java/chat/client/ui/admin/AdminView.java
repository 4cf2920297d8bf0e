package chat.client.ui.admin;

import chat.client.ui.Views;
import chat.client.ui.invite.InviteLinkView;
import chat.protocol.model.RegistrationMode;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The admin area, shown over the main window: binds each section to its view model. */
public final class AdminView {

  private final AdminViewModel model;
  private final Runnable close;

  @FXML private RadioButton openChoice;
  @FXML private RadioButton inviteChoice;
  @FXML private RadioButton closedChoice;
  @FXML private Label registrationDescription;
  @FXML private Label registrationError;
  @FXML private TextField usesField;
  @FXML private ComboBox<InviteExpiry> expiryBox;
  @FXML private Label invitesError;
  @FXML private VBox shownInvite;
  @FXML private VBox inviteRows;
  @FXML private TextField queryField;
  @FXML private HBox questionBox;
  @FXML private Label questionLabel;
  @FXML private Label accountsError;
  @FXML private VBox accountRows;
  @FXML private Label auditError;
  @FXML private VBox resetBox;
  @FXML private Label resetQuestion;
  @FXML private HBox resetAsk;
  @FXML private TextField resetField;
  @FXML private Label resetDone;
  @FXML private HBox resetDoneActions;
  @FXML private Label resetError;
  @FXML private CheckBox requireTwoFactorBox;
  @FXML private Label twoFactorError;
  @FXML private VBox auditRows;
  @FXML private Button olderButton;

  public AdminView(AdminViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  public Parent load() {
    return Views.load("Admin.fxml", this);
  }

  @FXML
  private void initialize() {
    bindRegistration(model.registration());
    bindInvites(model.invites());
    bindAccounts(model.accounts());
    bindAuditLog(model.auditLog());
    bindTwoFactor(model.twoFactor());
    model.load();
  }

  private void bindRegistration(RegistrationViewModel registration) {
    Map<RegistrationMode, RadioButton> choices =
        Map.of(
            RegistrationMode.OPEN, openChoice,
            RegistrationMode.INVITE, inviteChoice,
            RegistrationMode.CLOSED, closedChoice);
    Runnable showMode =
        () -> {
          RegistrationMode now = registration.modeProperty().get();
          choices.forEach((mode, choice) -> choice.setSelected(mode == now));
          registrationDescription.setText(now == null ? "" : RegistrationViewModel.describe(now));
        };
    registration.modeProperty().addListener((obs, old, now) -> showMode.run());
    choices.forEach(
        (mode, choice) -> choice.setOnAction(event -> registration.choose(mode).thenRun(showMode)));
    message(registrationError, registration.errorProperty());
  }

  private void bindInvites(InvitesViewModel invites) {
    usesField.textProperty().bindBidirectional(invites.usesProperty());
    expiryBox.setItems(FXCollections.observableArrayList(InviteExpiry.values()));
    expiryBox.valueProperty().bindBidirectional(invites.expiryProperty());
    shownInvite.getChildren().setAll(InviteLinkView.of(invites.shownProperty(), "admin-invite"));
    message(invitesError, invites.errorProperty());
    rows(invites.rows(), inviteRows, row -> AdminRows.invite(row, invites));
  }

  @FXML
  private void createInvite() {
    model.invites().create();
  }

  private void bindAccounts(AccountsViewModel accounts) {
    queryField.textProperty().bindBidirectional(accounts.queryProperty());
    queryField.textProperty().addListener((obs, old, now) -> accounts.load());
    questionLabel.textProperty().bind(accounts.questionProperty());
    questionBox.visibleProperty().bind(accounts.questionProperty().isNotEmpty());
    questionBox.managedProperty().bind(questionBox.visibleProperty());
    message(accountsError, accounts.errorProperty());
    rows(
        accounts.rows(),
        accountRows,
        row -> AdminRows.account(row, accounts, model.passwordReset()));
    bindPasswordReset(model.passwordReset());
  }

  @FXML
  private void confirmDeactivate() {
    model.accounts().confirmDeactivate();
  }

  @FXML
  private void cancelDeactivate() {
    model.accounts().cancel();
  }

  /** The temporary password: typed after Reset password…, then shown with Copy until Done. */
  private void bindPasswordReset(PasswordResetViewModel reset) {
    BooleanBinding asking = reset.questionProperty().isNotEmpty();
    BooleanBinding done = reset.doneProperty().isNotEmpty();
    showWhen(resetBox, asking.or(done));
    showWhen(resetAsk, asking);
    showWhen(resetDoneActions, done);
    resetQuestion.textProperty().bind(reset.questionProperty());
    resetField.textProperty().bindBidirectional(reset.temporaryProperty());
    resetField.editableProperty().bind(asking);
    message(resetDone, reset.doneProperty());
    message(resetError, reset.errorProperty());
  }

  @FXML
  private void confirmReset() {
    model.passwordReset().confirm();
  }

  @FXML
  private void closeReset() {
    model.passwordReset().close();
  }

  @FXML
  private void copyTemporaryPassword() {
    ClipboardContent content = new ClipboardContent();
    content.putString(model.passwordReset().temporaryProperty().get());
    Clipboard.getSystemClipboard().setContent(content);
  }

  private static void showWhen(Node node, BooleanBinding shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(shown);
  }

  private void bindTwoFactor(TwoFactorPolicyViewModel twoFactor) {
    Runnable show = () -> requireTwoFactorBox.setSelected(twoFactor.requiredProperty().get());
    twoFactor.requiredProperty().addListener((obs, old, now) -> show.run());
    requireTwoFactorBox.setOnAction(
        event -> twoFactor.require(requireTwoFactorBox.isSelected()).thenRun(show));
    message(twoFactorError, twoFactor.errorProperty());
  }

  private void bindAuditLog(AuditLogViewModel auditLog) {
    message(auditError, auditLog.errorProperty());
    rows(auditLog.lines(), auditRows, AdminRows::auditLine);
    olderButton.visibleProperty().bind(auditLog.hasOlderProperty());
    olderButton.managedProperty().bind(auditLog.hasOlderProperty());
    olderButton.setOnAction(event -> auditLog.older());
  }

  /** Asks the log again, to show what was just done. */
  @FXML
  private void refreshAuditLog() {
    model.auditLog().load();
  }

  @FXML
  private void close() {
    close.run();
  }

  /** A note that takes no room while it says nothing. */
  private static void message(Label label, StringProperty text) {
    label.textProperty().bind(text);
    label.managedProperty().bind(text.isNotEmpty());
    label.visibleProperty().bind(text.isNotEmpty());
  }

  /** Shows one node per row, rebuilt whenever the rows change. */
  private static <T> void rows(ObservableList<T> rows, VBox box, Function<T, Node> node) {
    Runnable show = () -> box.getChildren().setAll(rows.stream().map(node).toList());
    rows.addListener((ListChangeListener<T>) change -> show.run());
    show.run();
  }
}
