package chat.client.ui.e2ee;

import static chat.client.ui.e2ee.VerificationViewModelTest.awaitStage;
import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.SasEmoji;
import chat.client.support.Waits;
import chat.client.ui.e2ee.VerificationViewModel.Stage;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;

/** The verification dialog on screen (headless), over real encryption. */
class VerificationDialogsTest {

  @RegisterExtension final AliceAndBob chat = new AliceAndBob();

  @BeforeAll
  static void toolkit() throws TimeoutException {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void theDialogShowsTheSevenEmojiWithTheirNamesAndTheDigitsThenVerified() throws Exception {
    VerificationViewModel alice =
        FxToolkit.setupFixture(
            () ->
                VerificationViewModel.verify(
                    chat.alice().verifications(), chat.bobId(), "Bob", Platform::runLater));
    Dialog<ButtonType> dialog = FxToolkit.setupFixture(() -> VerificationView.show(alice, null));
    String waiting = label(dialog, "#verification-status").getText();
    VerificationViewModel bob =
        VerificationViewModel.requested(
            chat.bob().verifications(), chat.requestToBob(), "Alice", Runnable::run);

    bob.accept();
    awaitStage(bob, Stage.COMPARING);
    Waits.until(
        "the emoji show", () -> dialog.getDialogPane().lookup("#verification-emoji-6") != null);
    List<String> names =
        FxToolkit.setupFixture(
            () ->
                IntStream.range(0, 7)
                    .mapToObj(
                        n -> nameUnder(dialog.getDialogPane().lookup("#verification-emoji-" + n)))
                    .toList());
    String digits = label(dialog, "#verification-digits").getText();
    boolean acceptShown = button(dialog, "#verification-accept").isVisible();
    FxToolkit.setupFixture(() -> button(dialog, "#verification-match").fire());
    bob.match();
    Waits.until(
        "alice sees bob verified",
        () -> label(dialog, "#verification-status").getText().equals("Bob is verified"));
    boolean matchShownAtTheEnd = button(dialog, "#verification-match").isVisible();

    assertThat(waiting).isEqualTo("Waiting for Bob to accept…");
    assertThat(names).isEqualTo(bob.emoji().stream().map(SasEmoji::displayName).toList());
    assertThat(digits).isEqualTo("Or compare the numbers: " + bob.digits());
    assertThat(acceptShown).isFalse();
    assertThat(matchShownAtTheEnd).isFalse();
    FxToolkit.setupFixture(dialog::close);
  }

  @Test
  void theAskedSideOffersAcceptAndDeclineAndDecliningCancels() throws Exception {
    VerificationViewModel alice =
        VerificationViewModel.verify(
            chat.alice().verifications(), chat.bobId(), "Bob", Runnable::run);
    VerificationViewModel bob =
        FxToolkit.setupFixture(
            () ->
                VerificationViewModel.requested(
                    chat.bob().verifications(), chat.requestToBob(), "Alice", Platform::runLater));
    Dialog<ButtonType> dialog = FxToolkit.setupFixture(() -> VerificationView.show(bob, null));
    String asked = label(dialog, "#verification-status").getText();
    boolean acceptShown = button(dialog, "#verification-accept").isVisible();
    boolean matchShown = button(dialog, "#verification-match").isVisible();

    FxToolkit.setupFixture(() -> button(dialog, "#verification-decline").fire());
    awaitStage(alice, Stage.CANCELLED);

    assertThat(dialog.getHeaderText()).isEqualTo("Verify Alice");
    assertThat(asked).startsWith("Alice wants to verify you");
    assertThat(acceptShown).isTrue();
    assertThat(matchShown).isFalse();
    assertThat(alice.statusProperty().get()).isEqualTo("Bob cancelled");
    FxToolkit.setupFixture(dialog::close);
  }

  @Test
  void closingTheDialogCancelsTheVerification() throws Exception {
    VerificationViewModel alice =
        FxToolkit.setupFixture(
            () ->
                VerificationViewModel.verify(
                    chat.alice().verifications(), chat.bobId(), "Bob", Platform::runLater));
    Dialog<ButtonType> dialog = FxToolkit.setupFixture(() -> VerificationView.show(alice, null));
    VerificationViewModel bob =
        VerificationViewModel.requested(
            chat.bob().verifications(), chat.requestToBob(), "Alice", Runnable::run);

    FxToolkit.setupFixture(dialog::close);
    awaitStage(bob, Stage.CANCELLED);

    assertThat(bob.statusProperty().get()).isEqualTo("Alice cancelled");
  }

  private static String nameUnder(Node tile) {
    return ((Label) ((VBox) tile).getChildren().getLast()).getText();
  }

  private static Label label(Dialog<?> dialog, String id) {
    return (Label) dialog.getDialogPane().lookup(id);
  }

  private static Button button(Dialog<?> dialog, String id) {
    return (Button) dialog.getDialogPane().lookup(id);
  }
}
