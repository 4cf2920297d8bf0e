package chat.client.ui.e2ee;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** What the recovery key dialogs share: their owner, whose stylesheets they take. */
final class RecoveryDialogs {

  private RecoveryDialogs() {}

  /** Makes {@code owner} (null: none) own {@code dialog}, styled as the owner's window is. */
  static void ownedBy(Dialog<?> dialog, Window owner) {
    dialog.initOwner(owner);
    if (owner != null && owner.getScene() != null) {
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
  }
}
