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
                texts.secret().set(answer.secret());
                texts.otpauthUri().set(answer.otpauthUri());
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
    texts.secret().set("");
    texts.otpauthUri().set("");
    texts.code().set("");
    texts.recoveryCodes().set("");
    texts.error().set("");
  }

  /** Confirms the secret with the typed code; the recovery codes follow. */
  void confirm() {
    texts.error().set("");
    if (texts.code().get().isBlank()) {
      texts.error().set("Type the code your authenticator app shows");
      return;
    }
    setup
        .confirm(texts.code().get().strip())
        .whenComplete(
            (codes, failure) -> {
              if (failure == null) {
                texts.secret().set("");
                texts.otpauthUri().set("");
                texts.recoveryCodes().set(String.join("\n", codes));
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
    texts.error().set(message);
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
