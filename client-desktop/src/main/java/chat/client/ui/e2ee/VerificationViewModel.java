package chat.client.ui.e2ee;

import chat.client.crypto.SasEmoji;
import chat.client.crypto.ShortCode;
import chat.client.e2ee.CannotVerifyException;
import chat.client.e2ee.VerificationEvent;
import chat.client.e2ee.Verifications;
import chat.client.net.Failures;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Verify Bob", from either side: the request ({@link #requested}: Bob wants to verify, accept or
 * decline) or the asking ({@link #verify}: waiting for Bob to accept), then the seven emoji and the
 * digits to compare, "They match" or "They don't match", and the outcome: Bob is verified, or why
 * it was cancelled. Follows its transaction's {@link VerificationEvent}s on {@code fx}.
 */
public final class VerificationViewModel {

  /** Where the verification stands, which says what the dialog offers. */
  public enum Stage {
    /** The other person asked: accept or decline. */
    REQUESTED,
    /** This side asked or accepted, and waits for the other side. */
    WAITING,
    /** The code is shown: they match, or they don't. */
    COMPARING,
    /** This person said they match; the other side has yet to. */
    CONFIRMED,
    VERIFIED,
    CANCELLED
  }

  private final Verifications verifications;
  private final String name;
  private final Executor fx;
  private final Consumer<VerificationEvent> events;
  private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<ShortCode> code = new ReadOnlyObjectWrapper<>();
  private volatile String tx;

  private VerificationViewModel(Verifications verifications, String name, Executor fx) {
    this.verifications = verifications;
    this.name = name;
    this.fx = fx;
    this.events = event -> fx.execute(() -> onEvent(event));
    verifications.addListener(events);
  }

  /**
   * Asks {@code userId}, shown as {@code name}, to verify.
   *
   * @param fx where the updates land (the FX thread; {@code Runnable::run} in tests)
   */
  public static VerificationViewModel verify(
      Verifications verifications, String userId, String name, Executor fx) {
    VerificationViewModel model = new VerificationViewModel(verifications, name, fx);
    model.show(Stage.WAITING, "Waiting for " + name + " to accept…");
    verifications
        .verify(userId)
        .whenCompleteAsync(
            (tx, failure) -> {
              if (failure != null) {
                model.show(Stage.CANCELLED, model.whyNot(failure));
              } else {
                model.tx = tx;
              }
            },
            fx);
    return model;
  }

  /** The request {@code request} of {@code name}, to accept or decline. */
  public static VerificationViewModel requested(
      Verifications verifications, VerificationEvent.Requested request, String name, Executor fx) {
    VerificationViewModel model = new VerificationViewModel(verifications, name, fx);
    model.tx = request.tx();
    model.show(
        Stage.REQUESTED,
        name
            + " wants to verify you: compare a short code on both screens to be sure nobody"
            + " reads along.");
    return model;
  }

  /** "Verify Bob". */
  public String title() {
    return "Verify " + name;
  }

  public ReadOnlyObjectProperty<Stage> stageProperty() {
    return stage.getReadOnlyProperty();
  }

  /** What the dialog says where the verification stands. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The code to compare, once both sides hold it; null before. */
  public ReadOnlyObjectProperty<ShortCode> codeProperty() {
    return code.getReadOnlyProperty();
  }

  /** The seven emoji of the code, none before it is there. */
  public List<SasEmoji> emoji() {
    return code.get() == null ? List.of() : code.get().emoji();
  }

  /** The code's other form, three numbers with a space between each: "1234 5678 9012". */
  public String digits() {
    return code.get() == null
        ? ""
        : code.get().numbers().stream().map(String::valueOf).collect(Collectors.joining(" "));
  }

  /** Accept the request. */
  public void accept() {
    show(Stage.WAITING, "Waiting for " + name + "'s device…");
    verifications.accept(tx);
  }

  /** "They match". */
  public void match() {
    show(Stage.CONFIRMED, "Waiting for " + name + " to confirm…");
    verifications.confirm(tx);
  }

  /** "They don't match". */
  public void noMatch() {
    verifications.deny(tx);
  }

  /** Decline, cancel, or close the dialog: ends the verification unless it ended already. */
  public void cancel() {
    if (!ended() && tx != null) {
      verifications.cancel(tx);
    }
    verifications.removeListener(events);
  }

  /** Whether it reached its end, verified or cancelled. */
  public boolean ended() {
    return stage.get() == Stage.VERIFIED || stage.get() == Stage.CANCELLED;
  }

  private void onEvent(VerificationEvent event) {
    if (tx == null || !tx.equals(event.tx()) || ended()) {
      return;
    }
    switch (event) {
      case VerificationEvent.Requested _ -> {
        // the request this model was made for
      }
      case VerificationEvent.CodeReady ready -> {
        code.set(ready.code());
        show(
            Stage.COMPARING,
            "Compare with what " + name + " sees: the same emoji in the same order.");
      }
      case VerificationEvent.Verified _ -> {
        show(Stage.VERIFIED, name + " is verified");
        verifications.removeListener(events);
      }
      case VerificationEvent.Cancelled cancelled -> {
        show(Stage.CANCELLED, why(cancelled));
        verifications.removeListener(events);
      }
    }
  }

  private String whyNot(Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (!(cause instanceof CannotVerifyException cannot)) {
      return Failures.describe(failure);
    }
    return switch (cannot.why()) {
      case NOT_READY -> "This device is not set up for encryption yet";
      case NO_TRUSTED_DEVICE ->
          name + " has no device to verify: they have not set up encryption, or their key changed";
      case UNDER_WAY -> "A verification with " + name + " is under way already";
    };
  }

  /** Why {@code cancelled} ended it, said to the person. */
  String why(VerificationEvent.Cancelled cancelled) {
    return switch (cancelled.reason()) {
      case CANCELLED -> cancelled.byThem() ? name + " cancelled" : "You cancelled";
      case CODES_DIFFER ->
          "The codes did not match: " + name + " is not verified. Someone may be reading along.";
      case BROKEN_COMMITMENT, BAD_MAC ->
          name + "'s keys did not check: someone may be between you. " + name + " is not verified.";
      case TIMED_OUT -> "Not finished within ten minutes";
      case ACCEPTED_ELSEWHERE -> "Accepted on another of your devices";
      case BUSY -> "Another verification with " + name + " is under way";
      case UNEXPECTED -> name + "'s device sent something this app did not expect";
    };
  }

  private void show(Stage now, String text) {
    stage.set(now);
    status.set(text);
  }
}
