package chat.client.ui.e2ee;

import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog "Enter your recovery key": a field for the key, the reason a key was refused, Restore
 * (which keeps the dialog open until the key opens the backup), "Not now", and starting over with a
 * new key for someone who has none ({@link StartOverSection}). Parts are named {@code
 * recovery-key-field}, {@code recovery-key-error}, {@code recovery-key-restore} and {@code
 * recovery-key-later}.
 */
public final class RecoveryKeyEntryView {

  static final ButtonType RESTORE = new ButtonType("Restore", ButtonData.OK_DONE);
  static final ButtonType LATER = new ButtonType("Not now", ButtonData.CANCEL_CLOSE);

  /** The dialog's result when the person started over with a new key instead. */
  public static final ButtonType STARTED_OVER = new ButtonType("Start over", ButtonData.OTHER);

  private RecoveryKeyEntryView() {}

  /**
   * Shows the dialog over {@code owner} without blocking; it closes once the backup opened ({@link
   * #RESTORE}) or the person started over ({@link #STARTED_OVER}).
   */
  public static Dialog<ButtonType> show(
      RecoveryKeyEntryViewModel model, StartOverViewModel startOver, Window owner) {
    Dialog<ButtonType> dialog = new Dialog<>();
    RecoveryDialogs.ownedBy(dialog, owner);
    dialog.setTitle("Enter your recovery key");
    dialog.setHeaderText("Enter your recovery key");
    Label why =
        new Label(
            "Your encryption key is on another device. The recovery key you saved when you set"
                + " encryption up brings it here, with the history you could read there.");
    why.setWrapText(true);
    TextField field = new TextField();
    field.setId("recovery-key-field");
    field.setPromptText("XXXX XXXX XXXX …");
    field.setAccessibleText("Recovery key");
    field.getStyleClass().add("recovery-key-field");
    field.textProperty().bindBidirectional(model.typedProperty());
    Label error = new Label();
    error.setId("recovery-key-error");
    error.getStyleClass().add("error-text");
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    VBox body = new VBox(10, why, field, error, StartOverSection.of(startOver));
    body.setPrefWidth(520);
    dialog.getDialogPane().setContent(body);
    dialog.getDialogPane().getButtonTypes().setAll(RESTORE, LATER);
    Button restore = (Button) dialog.getDialogPane().lookupButton(RESTORE);
    restore.setId("recovery-key-restore");
    restore.disableProperty().bind(model.canRestore().not());
    restore.addEventFilter(
        ActionEvent.ACTION,
        event -> {
          event.consume();
          model.restore();
        });
    dialog.getDialogPane().lookupButton(LATER).setId("recovery-key-later");
    closeWith(dialog, model.restoredProperty(), RESTORE);
    closeWith(dialog, startOver.doneProperty(), STARTED_OVER);
    dialog.show();
    return dialog;
  }

  private static void closeWith(
      Dialog<ButtonType> dialog, ObservableValue<Boolean> done, ButtonType result) {
    done.subscribe(
        now -> {
          if (now) {
            dialog.setResult(result);
            dialog.close();
          }
        });
  }
}
