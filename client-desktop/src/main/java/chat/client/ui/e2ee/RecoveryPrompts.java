package chat.client.ui.e2ee;

import chat.client.e2ee.DeviceState;
import chat.client.e2ee.EndToEnd;
import java.util.concurrent.Executor;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * What the app shows once end-to-end encryption has started: the new recovery key to save, when
 * starting made the key backup, or the recovery key to enter, when this device needs the identity
 * key held elsewhere (and, when the person started over there instead, the new key to save).
 */
public final class RecoveryPrompts {

  private RecoveryPrompts() {}

  /**
   * Call on the FX thread with what {@link EndToEnd#start} completed with.
   *
   * @param fx the FX thread's executor, where the entry dialog's answers land
   */
  public static void afterStart(EndToEnd e2ee, DeviceState state, Window owner, Executor fx) {
    switch (state) {
      case READY -> showNewKey(e2ee, owner);
      case NEEDS_IDENTITY -> {
        Dialog<ButtonType> entry =
            RecoveryKeyEntryView.show(
                new RecoveryKeyEntryViewModel(e2ee::restore, fx),
                new StartOverViewModel(e2ee::startOver, fx),
                owner);
        entry.setOnHidden(
            event -> {
              if (entry.getResult() == RecoveryKeyEntryView.STARTED_OVER) {
                showNewKey(e2ee, owner);
              }
            });
      }
    }
  }

  private static void showNewKey(EndToEnd e2ee, Window owner) {
    e2ee.takeNewRecoveryKey()
        .ifPresent(key -> RecoveryKeySaveView.show(new RecoveryKeySaveViewModel(key), owner));
  }
}
