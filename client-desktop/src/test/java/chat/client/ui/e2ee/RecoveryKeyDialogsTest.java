package chat.client.ui.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.RecoveryKey;
import chat.client.e2ee.RestoreResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The recovery key dialogs on screen (headless). */
class RecoveryKeyDialogsTest {

  @BeforeAll
  static void toolkit() throws TimeoutException {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void theSaveDialogShowsTheGroupsAndClosesOnlyOnIHaveSavedIt() throws Exception {
    RecoveryKeySaveViewModel model = new RecoveryKeySaveViewModel(RecoveryKey.generate());
    Dialog<ButtonType> dialog = FxToolkit.setupFixture(() -> RecoveryKeySaveView.show(model, null));

    Label last = (Label) dialog.getDialogPane().lookup("#recovery-key-group-13");
    FxToolkit.setupFixture(dialog::close);
    boolean shownAfterClose = dialog.isShowing();
    FxToolkit.setupFixture(
        () -> ((Button) dialog.getDialogPane().lookup("#recovery-key-saved")).fire());

    assertThat(last.getText()).isEqualTo(model.groups().getLast());
    assertThat(shownAfterClose).isTrue();
    assertThat(dialog.isShowing()).isFalse();
    assertThat(model.savedProperty().get()).isTrue();
  }

  @Test
  void theEntryDialogSaysWhyAKeyIsRefusedAndStaysOpen() throws Exception {
    RecoveryKeyEntryViewModel model =
        new RecoveryKeyEntryViewModel(
            typed -> CompletableFuture.completedFuture(new RestoreResult.WrongRecoveryKey()),
            Runnable::run);
    Dialog<ButtonType> dialog =
        FxToolkit.setupFixture(() -> RecoveryKeyEntryView.show(model, null));
    Button restore = (Button) dialog.getDialogPane().lookup("#recovery-key-restore");
    boolean disabledWhenBlank = restore.isDisabled();

    FxToolkit.setupFixture(
        () -> {
          ((TextField) dialog.getDialogPane().lookup("#recovery-key-field")).setText("anything");
          restore.fire();
        });

    assertThat(disabledWhenBlank).isTrue();
    assertThat(((Label) dialog.getDialogPane().lookup("#recovery-key-error")).getText())
        .isEqualTo("Wrong recovery key");
    assertThat(dialog.isShowing()).isTrue();
    FxToolkit.setupFixture(dialog::close);
  }
}
