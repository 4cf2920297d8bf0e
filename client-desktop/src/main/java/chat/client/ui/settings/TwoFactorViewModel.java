package chat.client.ui.settings;

import chat.client.net.Account;
import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.protocol.ErrorCode;
import chat.protocol.http.TwoFactorStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Two-factor sign-in in the settings: off, then set up with the password (a secret to scan or type,
 * confirmed by a first code), then the ten recovery codes shown this once, then on; turning it off
 * takes the password and a code. The server holds the state; this follows its answers.
 */
public final class TwoFactorViewModel {

  /** Where the section is. */
  public enum Stage {
    /** Asking the server. */
    LOADING,
    /** The server could not be asked (offline, refused): "Try again" asks again. */
    LOAD_FAILED,
    OFF,
    /** A secret waits for its first code. */
    CONFIRMING,
    /** Just turned on: the recovery codes are shown, once. */
    RECOVERY_CODES,
    ON
  }

  private final Account account;
  private final boolean available;
  private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.LOADING);
  private final StringProperty secret = new SimpleStringProperty("");
  private final StringProperty otpauthUri = new SimpleStringProperty("");
  private final StringProperty setupPassword = new SimpleStringProperty("");
  private final StringProperty confirmCode = new SimpleStringProperty("");
  private final StringProperty recoveryCodes = new SimpleStringProperty("");
  private final StringProperty offPassword = new SimpleStringProperty("");
  private final StringProperty offCode = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  /**
   * @param available whether the server lists the {@code two-factor} feature; without it the
   *     section is hidden and asks nothing
   */
  public TwoFactorViewModel(Account account, boolean available) {
    this.account = account;
    this.available = available;
  }

  public boolean available() {
    return available;
  }

  /**
   * Asks the server whether two-factor sign-in is on; when it cannot be asked, the section says so
   * and offers to try again ({@link Stage#LOAD_FAILED}), as it would otherwise wait forever.
   */
  public CompletableFuture<Void> load() {
    if (!available) {
      return CompletableFuture.completedFuture(null);
    }
    stage.set(Stage.LOADING);
    summary.set("");
    return call(account.twoFactorStatus(), this::showStatus, this::loadFailed);
  }

  private void loadFailed() {
    stage.set(Stage.LOAD_FAILED);
    summary.set("Whether two-factor sign-in is on could not be loaded.");
  }

  /**
   * Asks for a new secret with the password, shown as a QR code and as text until a code confirms
   * it.
   */
  public CompletableFuture<Void> setUp() {
    return call(
        account.setUpTwoFactor(setupPassword.get()),
        setup -> {
          setupPassword.set("");
          secret.set(setup.secret());
          otpauthUri.set(setup.otpauthUri());
          confirmCode.set("");
          stage.set(Stage.CONFIRMING);
          summary.set("Scan the QR code with an authenticator app, then type the code it shows.");
        });
  }

  /** Turns it on with the code the app shows; the recovery codes follow. */
  public CompletableFuture<Void> confirm() {
    return call(
        account.confirmTwoFactor(confirmCode.get().strip()),
        (List<String> codes) -> {
          secret.set("");
          otpauthUri.set("");
          confirmCode.set("");
          recoveryCodes.set(String.join("\n", codes));
          stage.set(Stage.RECOVERY_CODES);
          summary.set(
              "Two-factor sign-in is on. Keep these recovery codes somewhere safe: each signs in"
                  + " once without the app, and they are shown only now.");
        });
  }

  /** Leaves the recovery codes, which are not shown again. */
  public void recoveryCodesSaved() {
    recoveryCodes.set("");
    load();
  }

  /** Turns it off with the password and a code. */
  public CompletableFuture<Void> turnOff() {
    return call(
        account.turnOffTwoFactor(offPassword.get(), offCode.get().strip()),
        done -> {
          offPassword.set("");
          offCode.set("");
          stage.set(Stage.OFF);
          summary.set("Two-factor sign-in is off: signing in takes only your password.");
        });
  }

  private void showStatus(TwoFactorStatus status) {
    stage.set(status.enabled() ? Stage.ON : Stage.OFF);
    summary.set(
        status.enabled()
            ? "On: signing in takes a code from your authenticator app. "
                + status.recoveryCodesLeft()
                + " recovery codes left."
            : "Off: signing in takes only your password."
                + (status.required() ? " This server requires it: set it up." : ""));
  }

  private <T> CompletableFuture<Void> call(CompletableFuture<T> request, Consumer<T> done) {
    return call(request, done, () -> {});
  }

  private <T> CompletableFuture<Void> call(
      CompletableFuture<T> request, Consumer<T> done, Runnable failed) {
    error.set("");
    busy.set(true);
    return request.handle(
        (answer, failure) -> {
          busy.set(false);
          if (failure == null) {
            done.accept(answer);
          } else {
            error.set(describe(failure));
            failed.run();
          }
          return null;
        });
  }

  private static String describe(Throwable failure) {
    if (Failures.unwrap(failure) instanceof ApiException refused) {
      if (refused.code() == ErrorCode.INVALID_SECOND_FACTOR) {
        return "This code is wrong, expired or already used.";
      }
      if (refused.code() == ErrorCode.INVALID_CREDENTIALS) {
        return "The password is wrong.";
      }
    }
    return Failures.describe(failure);
  }

  public ObjectProperty<Stage> stageProperty() {
    return stage;
  }

  public StringProperty secretProperty() {
    return secret;
  }

  public StringProperty otpauthUriProperty() {
    return otpauthUri;
  }

  public StringProperty setupPasswordProperty() {
    return setupPassword;
  }

  public BooleanBinding canSetUp() {
    return setupPassword.isEmpty().or(busy).not();
  }

  public StringProperty confirmCodeProperty() {
    return confirmCode;
  }

  public BooleanBinding canConfirm() {
    return confirmCode.isEmpty().or(busy).not();
  }

  public StringProperty recoveryCodesProperty() {
    return recoveryCodes;
  }

  public StringProperty offPasswordProperty() {
    return offPassword;
  }

  public StringProperty offCodeProperty() {
    return offCode;
  }

  public BooleanBinding canTurnOff() {
    return offPassword.isEmpty().or(offCode.isEmpty()).or(busy).not();
  }

  public StringProperty summaryProperty() {
    return summary;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
