package chat.client.ui.login;

import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.model.User;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sign in or create an account. The server decides what is valid: its error goes next to the field
 * it names (a taken name next to the username, wrong credentials next to the password), anything
 * else above the form.
 *
 * <p>An account with two-factor sign-in gets a second step after its password: the server's token
 * is kept here and the form asks for a code from the authenticator app or a recovery code. A wrong
 * code is told next to the code field and the step stays; a token that expired or was used sends
 * the form back to the password.
 *
 * <p>An account whose password an admin reset gets a {@link PasswordRenewalForm} step after the
 * temporary password: the new one, twice, signs in (or goes on to the second factor). An account
 * that must set up two-factor sign-in first gets a {@link SecondFactorSetupForm} step.
 */
public final class LoginViewModel {

  private final Session client;
  private final Runnable onSignedIn;
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty usernameError = new SimpleStringProperty("");
  private final StringProperty passwordError = new SimpleStringProperty("");
  private final StringProperty formError = new SimpleStringProperty("");
  private final BooleanProperty registering = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private String invite;
  private final BooleanProperty secondStep = new SimpleBooleanProperty();
  private final StringProperty code = new SimpleStringProperty("");
  private final StringProperty codeError = new SimpleStringProperty("");
  private String secondFactorToken;
  private final PasswordRenewalForm renewal = new PasswordRenewalForm();
  private final SecondFactorSetupForm setup = new SecondFactorSetupForm();

  public LoginViewModel(Session client, String notice, Runnable onSignedIn) {
    this.client = client;
    this.onSignedIn = onSignedIn;
    formError.set(notice == null ? "" : notice);
  }

  /**
   * Creates an account with an invite's code (from a pasted invite link): the form starts in
   * "Create account".
   */
  public void registerWith(String inviteCode) {
    invite = inviteCode;
    registering.set(true);
  }

  /** Signs in with the remembered token, when there is one; the form stays for when it fails. */
  public void resumeIfRemembered() {
    if (client.canResume()) {
      run(client.resume());
    }
  }

  public void submit() {
    usernameError.set("");
    passwordError.set("");
    formError.set("");
    codeError.set("");
    if (secondStep.get()) {
      submitCode();
      return;
    }
    if (renewal.activeProperty().get()) {
      submitRenewal();
      return;
    }
    if (setup.activeProperty().get()) {
      if (setup.showingCodesProperty().get()) {
        run(setup.signIn());
      } else {
        setup.confirm();
      }
      return;
    }
    if (username.get().isBlank()) {
      usernameError.set("Type your username");
      return;
    }
    if (password.get().isEmpty()) {
      passwordError.set("Type your password");
      return;
    }
    run(
        registering.get()
            ? client.register(username.get().strip(), password.get(), invite)
            : client.login(username.get().strip(), password.get()));
  }

  private void submitCode() {
    if (code.get().isBlank()) {
      codeError.set("Type the code from your authenticator app, or a recovery code");
      return;
    }
    run(client.secondFactor(secondFactorToken, code.get().strip()));
  }

  private void submitRenewal() {
    String newPassword = renewal.checked();
    if (newPassword != null) {
      run(client.renewPassword(username.get().strip(), password.get(), newPassword));
    }
  }

  /** Leaves the second step, or the new password's, for the password form. */
  public void cancelSecondStep() {
    renewal.end();
    setup.end();
    secondStep.set(false);
    secondFactorToken = null;
    code.set("");
    codeError.set("");
  }

  private void run(CompletableFuture<User> signIn) {
    busy.set(true);
    signIn.whenComplete(
        (user, failure) -> {
          busy.set(false);
          if (failure == null) {
            password.set("");
            cancelSecondStep();
            onSignedIn.run();
          } else {
            show(Failures.unwrap(failure));
          }
        });
  }

  private void show(Throwable failure) {
    if (failure instanceof ApiException refused) {
      switch (refused.code()) {
        case USERNAME_TAKEN -> usernameError.set("This username is taken");
        case INVALID_CREDENTIALS -> {
          renewal.end();
          passwordError.set("Wrong username or password");
        }
        case SECOND_FACTOR_SETUP_REQUIRED -> {
          renewal.end();
          password.set("");
          setup.start(client.requiredSetup(refused.secondFactorToken()));
          formError.set("This server requires two-factor sign-in. Set it up to sign in.");
        }
        case PASSWORD_CHANGE_REQUIRED -> {
          renewal.start();
          formError.set("An admin reset your password. Choose a new one to sign in.");
        }
        case SECOND_FACTOR_REQUIRED -> {
          secondFactorToken = refused.secondFactorToken();
          renewal.end();
          password.set("");
          code.set("");
          secondStep.set(true);
        }
        case INVALID_SECOND_FACTOR ->
            codeError.set("This code is wrong, expired or already used. Try the next one.");
        case UNAUTHORIZED, TOKEN_EXPIRED -> {
          if (secondStep.get()) {
            cancelSecondStep();
            formError.set("The sign-in took too long. Sign in again.");
          } else {
            showByField(refused);
          }
        }
        case ACCOUNT_DEACTIVATED,
            REGISTRATION_CLOSED,
            INVITE_REQUIRED,
            INVITE_INVALID,
            INVITE_EXPIRED,
            INVITE_USED_UP ->
            formError.set(Failures.describe(refused));
        case INVALID_INPUT,
            UNKNOWN_TYPE,
            TWO_FACTOR_ALREADY_ON,
            TWO_FACTOR_NOT_SET_UP,
            FORBIDDEN,
            BANNED,
            MUTED,
            NOT_FOUND,
            OWNER_CANNOT_DELETE,
            ROOM_CLOSED,
            PAYLOAD_TOO_LARGE,
            RATE_LIMITED,
            INTERNAL,
            STORAGE_UNAVAILABLE ->
            showByField(refused);
      }
    } else {
      formError.set(Failures.describe(failure));
    }
  }

  private void showByField(ApiException refused) {
    String message = Failures.describe(refused);
    if (secondStep.get()) {
      codeError.set(message);
    } else if (renewal.activeProperty().get()) {
      renewal.refuse(message);
    } else if (setup.activeProperty().get()) {
      setup.refuse(message);
    } else if ("username".equals(refused.field())) {
      usernameError.set(message);
    } else if ("password".equals(refused.field())) {
      passwordError.set(message);
    } else {
      formError.set(message);
    }
  }

  /** Switches between signing in and creating an account. */
  public void toggleMode() {
    registering.set(!registering.get());
    usernameError.set("");
    passwordError.set("");
    formError.set("");
  }

  public StringBinding submitText() {
    return Bindings.when(registering).then("Create account").otherwise("Sign in");
  }

  public StringBinding toggleText() {
    return Bindings.when(registering)
        .then("I already have an account")
        .otherwise("Create an account");
  }

  public String serverName() {
    return client.serverInfo().name() + " · " + client.address().display();
  }

  public StringProperty usernameProperty() {
    return username;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty usernameErrorProperty() {
    return usernameError;
  }

  public StringProperty passwordErrorProperty() {
    return passwordError;
  }

  public StringProperty formErrorProperty() {
    return formError;
  }

  public BooleanProperty registeringProperty() {
    return registering;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringBinding titleText() {
    return Bindings.when(secondStep)
        .then("Two-factor sign-in")
        .otherwise(
            Bindings.when(renewal.activeProperty())
                .then("Choose a new password")
                .otherwise(
                    Bindings.when(setup.activeProperty())
                        .then("Set up two-factor sign-in")
                        .otherwise(submitText())));
  }

  /** True while the form asks for the second factor of a login whose password was right. */
  public BooleanProperty secondStepProperty() {
    return secondStep;
  }

  /** The new password's step, for an account whose password an admin reset. */
  public PasswordRenewalForm renewal() {
    return renewal;
  }

  /** The setup step, for an account that must turn two-factor sign-in on first. */
  public SecondFactorSetupForm setup() {
    return setup;
  }

  public StringProperty codeProperty() {
    return code;
  }

  public StringProperty codeErrorProperty() {
    return codeError;
  }
}
