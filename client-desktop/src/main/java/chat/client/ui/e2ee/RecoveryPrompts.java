package chat.client.ui.e2ee;

import chat.client.e2ee.DeviceState;
import chat.client.e2ee.EndToEnd;
import java.util.concurrent.Executor;
import javafx.stage.Window;

/**
 * What the app shows once end-to-end encryption has started: the new recovery key to save, when
 * starting made the key backup, or the recovery key to enter, when this device needs the identity
 * key held elsewhere.
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
      case READY ->
          e2ee.takeNewRecoveryKey()
              .ifPresent(key -> RecoveryKeySaveView.show(new RecoveryKeySaveViewModel(key), owner));
      case NEEDS_IDENTITY ->
          RecoveryKeyEntryView.show(new RecoveryKeyEntryViewModel(e2ee::restore, fx), owner);
    }
  }
}
