package chat.client.ui.login;

import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.client.net.RequiredSetup;
import chat.protocol.ErrorCode;
import chat.protocol.model.User;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sign-in step of an account that must set up two-factor sign-in first (the server requires it
 * of everyone): a secret to scan or type, a first code to confirm it, then the recovery codes shown
 * this once; the sign-in goes on when they are saved.
 */
public final class SecondFactorSetupForm {

  private final BooleanProperty active = new SimpleBooleanProperty();
  private final BooleanProperty showingCodes = new SimpleBooleanProperty();
  private final Texts texts =
      new Texts(
          new SimpleStringProperty(""),
          new SimpleStringProperty(""),
          new SimpleStringProperty(""),
          new SimpleStringProperty(""),
          new SimpleStringProperty(""));
  private final StringProperty secret = texts.secret();
  private final StringProperty otpauthUri = texts.otpauthUri();
  private final StringProperty code = texts.code();
  private final StringProperty recoveryCodes = texts.recoveryCodes();
  private final StringProperty error = texts.error();

  /**
   * @param secret the key, as the user may type it into an authenticator app
   * @param otpauthUri what the QR code holds
   * @param code the first code, typed by the user
   * @param recoveryCodes one per line, shown once after confirming
   * @param error why the last step was refused, or empty
   */
  public record Texts(
      StringProperty secret,
      StringProperty otpauthUri,
      StringProperty code,
      StringProperty recoveryCodes,
      StringProperty error) {}

  private RequiredSetup setup;

  /** Shows the step and asks the server for a secret. */
  void start(RequiredSetup required) {
    end();
    setup = required;
    active.set(true);
    setup
        .begin()
        .whenComplete(
            (answer, failure) -> {
              if (failure == null) {
                secret.set(answer.secret());
                otpauthUri.set(answer.otpauthUri());
              } else {
                refuse(Failures.describe(failure));
              }
            });
  }

  /** Leaves the step and forgets the secret, the codes and the token. */
  void end() {
    setup = null;
    active.set(false);
    showingCodes.set(false);
    secret.set("");
    otpauthUri.set("");
    code.set("");
    recoveryCodes.set("");
    error.set("");
  }

  /** Confirms the secret with the typed code; the recovery codes follow. */
  void confirm() {
    error.set("");
    if (code.get().isBlank()) {
      error.set("Type the code your authenticator app shows");
      return;
    }
    setup
        .confirm(code.get().strip())
        .whenComplete(
            (codes, failure) -> {
              if (failure == null) {
                secret.set("");
                otpauthUri.set("");
                recoveryCodes.set(String.join("\n", codes));
                showingCodes.set(true);
              } else {
                refuse(describe(failure));
              }
            });
  }

  /** Starts the session the confirmation opened, once the recovery codes were shown. */
  CompletableFuture<User> signIn() {
    return setup.signIn();
  }

  void refuse(String message) {
    error.set(message);
  }

  private static String describe(Throwable failure) {
    if (Failures.unwrap(failure) instanceof ApiException refused
        && refused.code() == ErrorCode.INVALID_SECOND_FACTOR) {
      return "This code is wrong or expired. Type the one your app shows now.";
    }
    return Failures.describe(failure);
  }

  /** True while the form sets up two-factor sign-in in place of the password. */
  public BooleanProperty activeProperty() {
    return active;
  }

  /** True once confirmed: the recovery codes are shown, this once. */
  public BooleanProperty showingCodesProperty() {
    return showingCodes;
  }

  /** The form's texts, each a property the view binds. */
  public Texts texts() {
    return texts;
  }
}
