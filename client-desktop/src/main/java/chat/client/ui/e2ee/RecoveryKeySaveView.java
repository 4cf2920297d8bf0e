package chat.client.ui.e2ee;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog "Save your recovery key": the 14 groups in a grid, Copy, and "I have saved it", the
 * only way out, so that the key is not lost by a stray Escape. Parts are named {@code
 * recovery-key-group-N}, {@code recovery-key-copy}, {@code recovery-key-copied} and {@code
 * recovery-key-saved} for tests and CSS.
 */
public final class RecoveryKeySaveView {

  static final ButtonType SAVED = new ButtonType("I have saved it", ButtonData.OK_DONE);
  private static final int COLUMNS = 7;

  private RecoveryKeySaveView() {}

  /** Shows the key over {@code owner} without blocking. */
  public static Dialog<ButtonType> show(RecoveryKeySaveViewModel model, Window owner) {
    Dialog<ButtonType> dialog = new Dialog<>();
    RecoveryDialogs.ownedBy(dialog, owner);
    dialog.setTitle("Save your recovery key");
    dialog.setHeaderText("Save your recovery key");
    Label why =
        new Label(
            "It opens your encrypted history on a new device. Write it down or keep it in a"
                + " password manager: it is shown only this once, and nobody, not even the"
                + " server's operator, can give it back.");
    why.setWrapText(true);
    GridPane groups = new GridPane(12, 8);
    int n = 0;
    for (String group : model.groups()) {
      Label label = new Label(group);
      label.setId("recovery-key-group-" + n);
      label.getStyleClass().add("recovery-key-group");
      groups.add(label, n % COLUMNS, n / COLUMNS);
      n++;
    }
    groups.setAccessibleText("Recovery key " + model.copyText());
    Button copy = new Button("Copy");
    copy.setId("recovery-key-copy");
    copy.setAccessibleText("Copy the recovery key");
    Label copied = new Label();
    copied.setId("recovery-key-copied");
    copied.getStyleClass().add("text-success");
    copied.textProperty().bind(model.copiedProperty().map(c -> c ? "Copied" : ""));
    copy.setOnAction(
        event -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(model.copyText());
          Clipboard.getSystemClipboard().setContent(content);
          model.copied();
        });
    VBox body = new VBox(14, why, groups, new HBox(8, copy, copied));
    body.setPadding(new Insets(4, 0, 0, 0));
    body.setPrefWidth(520);
    dialog.getDialogPane().setContent(body);
    dialog.getDialogPane().getButtonTypes().setAll(SAVED);
    Button saved = (Button) dialog.getDialogPane().lookupButton(SAVED);
    saved.setId("recovery-key-saved");
    saved.addEventFilter(ActionEvent.ACTION, event -> model.confirmSaved());
    dialog.setOnCloseRequest(
        event -> {
          if (!model.savedProperty().get()) {
            event.consume();
          }
        });
    dialog.show();
    return dialog;
  }
}
