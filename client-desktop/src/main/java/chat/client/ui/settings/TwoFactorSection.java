package chat.client.ui.settings;

import chat.client.ui.QrCodes;
import chat.client.ui.settings.TwoFactorViewModel.Stage;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Binds the settings' two-factor section to its view model: each stage shows its part, the QR code
 * follows the setup's URI, Copy puts the recovery codes on the clipboard, and "Try again" asks
 * again for a status that could not be loaded.
 */
final class TwoFactorSection {

  /** Pixels of the QR code image: sharp when shown at 200 on a screen scaled up to 2×. */
  private static final int QR_PIXELS = 400;

  private TwoFactorSection() {}

  static void bind(Parent body, TwoFactorViewModel model) {
    Node section = find(body, "two-factor-section", Node.class);
    section.setVisible(model.available());
    section.setManaged(model.available());
    showIn(body, "two-factor-set-up", model, Stage.OFF);
    showIn(body, "two-factor-confirming", model, Stage.CONFIRMING);
    showIn(body, "two-factor-recovery", model, Stage.RECOVERY_CODES);
    showIn(body, "two-factor-on", model, Stage.ON);
    showIn(body, "retry-two-factor", model, Stage.LOAD_FAILED);
    find(body, "two-factor-summary", Label.class).textProperty().bind(model.summaryProperty());
    Label error = find(body, "two-factor-error", Label.class);
    error.textProperty().bind(model.errorProperty());
    error.managedProperty().bind(model.errorProperty().isNotEmpty());
    field(body, "two-factor-secret", model.secretProperty());
    field(body, "two-factor-setup-password", model.setupPasswordProperty());
    field(body, "two-factor-confirm-code", model.confirmCodeProperty());
    field(body, "recovery-codes", model.recoveryCodesProperty());
    field(body, "two-factor-off-password", model.offPasswordProperty());
    field(body, "two-factor-off-code", model.offCodeProperty());
    ImageView qr = find(body, "two-factor-qr", ImageView.class);
    qr.imageProperty().bind(QrCodes.following(model.otpauthUriProperty(), QR_PIXELS));
    button(body, "retry-two-factor", model::load);
    button(body, "set-up-two-factor", model::setUp).disableProperty().bind(model.canSetUp().not());
    button(body, "confirm-two-factor", model::confirm)
        .disableProperty()
        .bind(model.canConfirm().not());
    button(body, "recovery-codes-saved", model::recoveryCodesSaved);
    button(
        body,
        "copy-recovery-codes",
        () -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(model.recoveryCodesProperty().get());
          Clipboard.getSystemClipboard().setContent(content);
        });
    button(body, "turn-off-two-factor", model::turnOff)
        .disableProperty()
        .bind(model.canTurnOff().not());
    model.load();
  }

  private static void showIn(Parent body, String id, TwoFactorViewModel model, Stage stage) {
    Node node = find(body, id, Node.class);
    ObservableBooleanValue shown = model.stageProperty().isEqualTo(stage);
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(shown);
  }

  private static void field(Parent body, String id, StringProperty property) {
    find(body, id, TextInputControl.class).textProperty().bindBidirectional(property);
  }

  private static Button button(Parent body, String id, Runnable action) {
    Button button = find(body, id, Button.class);
    button.setOnAction(event -> action.run());
    return button;
  }

  private static <T extends Node> T find(Parent root, String id, Class<T> type) {
    return SettingsView.find(root, id, type);
  }
}
