package chat.client.ui.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.Waits;
import chat.client.ui.e2ee.VerificationViewModel.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The verification dialog's view model, both sides, over real encryption. */
class VerificationViewModelTest {

  @RegisterExtension final AliceAndBob chat = new AliceAndBob();

  @Test
  void askingWaitsThenShowsTheCodeAndSaysVerifiedOnceBothMatch() {
    VerificationViewModel alice = asking();
    String waiting = alice.statusProperty().get();
    VerificationViewModel bob = requested();
    Stage bobFirst = bob.stageProperty().get();

    bob.accept();
    awaitStage(alice, Stage.COMPARING);
    awaitStage(bob, Stage.COMPARING);
    alice.match();
    String aliceConfirmed = alice.statusProperty().get();
    bob.match();
    awaitStage(alice, Stage.VERIFIED);
    awaitStage(bob, Stage.VERIFIED);

    assertThat(alice.title()).isEqualTo("Verify Bob");
    assertThat(waiting).isEqualTo("Waiting for Bob to accept…");
    assertThat(bobFirst).isEqualTo(Stage.REQUESTED);
    assertThat(bob.statusProperty().get()).isEqualTo("Alice is verified");
    assertThat(alice.emoji()).hasSize(7).isEqualTo(bob.emoji());
    assertThat(alice.digits()).matches("\\d{4} \\d{4} \\d{4}").isEqualTo(bob.digits());
    assertThat(aliceConfirmed).isEqualTo("Waiting for Bob to confirm…");
    assertThat(alice.statusProperty().get()).isEqualTo("Bob is verified");
  }

  @Test
  void theirDontMatchSaysTheCodesDidNotMatch() {
    VerificationViewModel alice = asking();
    VerificationViewModel bob = requested();
    bob.accept();
    awaitStage(bob, Stage.COMPARING);

    bob.noMatch();
    awaitStage(alice, Stage.CANCELLED);

    assertThat(alice.statusProperty().get())
        .isEqualTo("The codes did not match: Bob is not verified. Someone may be reading along.");
    assertThat(chat.alice().verifications().isVerified(chat.bobId()).join()).isFalse();
  }

  @Test
  void aDeclinedRequestTellsTheAskerThatTheyCancelled() {
    VerificationViewModel alice = asking();
    VerificationViewModel bob = requested();

    bob.cancel();
    awaitStage(alice, Stage.CANCELLED);

    assertThat(alice.statusProperty().get()).isEqualTo("Bob cancelled");
  }

  @Test
  void verifyingSomeoneWithNoDeviceSaysWhy() {
    VerificationViewModel model =
        VerificationViewModel.verify(
            chat.alice().verifications(), "u_nobodyatallhere000", "Nobody", Runnable::run);

    awaitStage(model, Stage.CANCELLED);

    assertThat(model.statusProperty().get()).startsWith("Nobody has no device to verify");
  }

  private VerificationViewModel asking() {
    return VerificationViewModel.verify(
        chat.alice().verifications(), chat.bobId(), "Bob", Runnable::run);
  }

  private VerificationViewModel requested() {
    return VerificationViewModel.requested(
        chat.bob().verifications(), chat.requestToBob(), "Alice", Runnable::run);
  }

  static void awaitStage(VerificationViewModel model, Stage stage) {
    Waits.until("the verification is " + stage, () -> model.stageProperty().get() == stage);
  }
}
