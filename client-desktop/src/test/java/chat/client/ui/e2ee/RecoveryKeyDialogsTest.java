package chat.client.ui.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.RecoveryKey;
import chat.client.support.Waits;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;

/** The recovery key dialogs on screen (headless), over real encryption. */
class RecoveryKeyDialogsTest {

  @RegisterExtension final AliceOnTwoDevices alice = new AliceOnTwoDevices();

  @BeforeAll
  static void toolkit() throws TimeoutException {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void theSaveDialogShowsTheGroupsAndClosesOnlyOnIHaveSavedIt() throws Exception {
    RecoveryKeySaveViewModel model =
        new RecoveryKeySaveViewModel(alice.desktop().takeNewRecoveryKey().orElseThrow());
    Dialog<ButtonType> dialog = FxToolkit.setupFixture(() -> RecoveryKeySaveView.show(model, null));

    Label last = (Label) dialog.getDialogPane().lookup("#recovery-key-group-13");
    FxToolkit.setupFixture(dialog::close);
    boolean shownAfterClose = dialog.isShowing();
    FxToolkit.setupFixture(() -> button(dialog, "#recovery-key-saved").fire());

    assertThat(last.getText()).isEqualTo(model.groups().getLast());
    assertThat(shownAfterClose).isTrue();
    assertThat(dialog.isShowing()).isFalse();
    assertThat(model.savedProperty().get()).isTrue();
  }

  @Test
  void theEntryDialogSaysWhyAKeyIsRefusedAndStaysOpen() throws Exception {
    Dialog<ButtonType> dialog = entryDialog();
    boolean disabledWhenBlank = button(dialog, "#recovery-key-restore").isDisabled();

    FxToolkit.setupFixture(
        () -> {
          type(dialog, "#recovery-key-field", RecoveryKey.generate().display());
          button(dialog, "#recovery-key-restore").fire();
        });
    Label error = (Label) dialog.getDialogPane().lookup("#recovery-key-error");
    Waits.until("the refusal shows", () -> !error.getText().isEmpty());

    assertThat(disabledWhenBlank).isTrue();
    assertThat(error.getText()).isEqualTo("Wrong recovery key");
    assertThat(dialog.isShowing()).isTrue();
    FxToolkit.setupFixture(dialog::close);
  }

  @Test
  void startingOverFromTheEntryDialogClosesItAsStartedOver() throws Exception {
    Dialog<ButtonType> dialog = entryDialog();

    FxToolkit.setupFixture(
        () -> {
          ((Hyperlink) dialog.getDialogPane().lookup("#start-over-link")).fire();
          type(dialog, "#start-over-password", "password123");
          button(dialog, "#start-over-confirm").fire();
        });
    Waits.until("the dialog closes", () -> !dialog.isShowing());

    assertThat(dialog.getResult()).isEqualTo(RecoveryKeyEntryView.STARTED_OVER);
    assertThat(alice.laptop().takeNewRecoveryKey()).isPresent();
  }

  private Dialog<ButtonType> entryDialog() throws Exception {
    return FxToolkit.setupFixture(
        () ->
            RecoveryKeyEntryView.show(
                new RecoveryKeyEntryViewModel(alice.laptop()::restore, Platform::runLater),
                new StartOverViewModel(alice.laptop()::startOver, Platform::runLater),
                null));
  }

  private static Button button(Dialog<?> dialog, String id) {
    return (Button) dialog.getDialogPane().lookup(id);
  }

  private static void type(Dialog<?> dialog, String id, String text) {
    ((TextInputControl) dialog.getDialogPane().lookup(id)).setText(text);
  }
}
