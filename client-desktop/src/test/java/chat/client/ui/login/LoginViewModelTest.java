package chat.client.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.support.TotpCodes;
import chat.client.support.Waits;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginViewModelTest {

  @TempDir Path dir;
  private LiveServer server;
  private Session client;
  private final AtomicInteger signedIn = new AtomicInteger();
  private LoginViewModel login;

  @BeforeEach
  void start() {
    server = LiveServer.start(dir.resolve("server"));
    Peer.account(server, "bob");
    client = Clients.probed(server, dir.resolve("app"));
    login = new LoginViewModel(client, null, signedIn::incrementAndGet);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void aWrongPasswordIsReportedAgainstThePassword() {
    submit("bob", "wrong-password", false);

    Waits.until("the error", () -> !login.passwordErrorProperty().get().isEmpty());
    assertThat(login.passwordErrorProperty().get()).isEqualTo("Wrong username or password");
    assertThat(login.usernameErrorProperty().get()).isEmpty();
    assertThat(signedIn).hasValue(0);
  }

  @Test
  void aTakenNameIsReportedAgainstTheUsername() {
    submit("BOB", "password123", true);

    Waits.until("the error", () -> !login.usernameErrorProperty().get().isEmpty());
    assertThat(login.usernameErrorProperty().get()).isEqualTo("This username is taken");
  }

  @Test
  void theServersRulesAreReportedAgainstTheFieldTheyName() {
    submit("carol", "short", true);
    Waits.until("the password error", () -> !login.passwordErrorProperty().get().isEmpty());

    submit("x", "password123", true);
    Waits.until("the username error", () -> !login.usernameErrorProperty().get().isEmpty());
    assertThat(login.passwordErrorProperty().get()).isEmpty();
  }

  @Test
  void emptyFieldsAreCaughtBeforeAskingTheServer() {
    submit(" ", "", false);

    assertThat(login.usernameErrorProperty().get()).isEqualTo("Type your username");
    assertThat(login.busyProperty().get()).isFalse();
  }

  @Test
  void signingInMovesOnAndTheNextStartResumes() {
    submit("bob", "password123", false);
    Waits.until("signed in", () -> signedIn.get() == 1);
    assertThat(login.passwordProperty().get()).isEmpty();
    client.close();

    client = Clients.probed(server, dir.resolve("app"));
    LoginViewModel again = new LoginViewModel(client, null, signedIn::incrementAndGet);
    again.resumeIfRemembered();

    Waits.until("resumed", () -> signedIn.get() == 2);
  }

  @Test
  void aResetPasswordAsksForANewOneTwiceAndSignsInWithIt() {
    Peer.account(server, "carol");
    Peer.login(server, "bob").resetPassword("carol", "temporary1");
    submit("carol", "temporary1", false);
    Waits.until("the new password's step", () -> login.renewal().activeProperty().get());
    assertThat(login.formErrorProperty().get()).contains("reset your password");

    login.renewal().newPasswordProperty().set("chosen-password");
    login.renewal().repeatedProperty().set("chosen-typo");
    login.submit();
    assertThat(login.renewal().errorProperty().get()).isEqualTo("The two passwords differ");
    assertThat(login.busyProperty().get()).isFalse();

    login.renewal().repeatedProperty().set("chosen-password");
    login.submit();
    Waits.until("signed in", () -> signedIn.get() == 1);
    assertThat(login.renewal().activeProperty().get()).isFalse();
    assertThat(login.renewal().newPasswordProperty().get()).isEmpty();
    client.logout().join();

    submit("carol", "chosen-password", false);
    Waits.until("signed in with the new password", () -> signedIn.get() == 2);
  }

  @Test
  void aNewPasswordTheServerRefusesIsToldOnTheStepAndTheTemporaryOneStillWorks() {
    Peer.account(server, "carol");
    Peer.login(server, "bob").resetPassword("carol", "temporary1");
    submit("carol", "temporary1", false);
    Waits.until("the new password's step", () -> login.renewal().activeProperty().get());

    login.renewal().newPasswordProperty().set("temporary1");
    login.renewal().repeatedProperty().set("temporary1");
    login.submit();

    Waits.until("the refusal", () -> !login.renewal().errorProperty().get().isEmpty());
    assertThat(login.renewal().activeProperty().get()).isTrue();
    assertThat(signedIn).hasValue(0);
    login.cancelSecondStep();
    submit("carol", "temporary1", false);
    Waits.until("asked again", () -> login.renewal().activeProperty().get());
  }

  @Test
  void aRenewedPasswordOfAnAccountWithTwoFactorGoesOnToTheCode() {
    Peer.account(server, "carol");
    try (Peer carol = Peer.login(server, "carol")) {
      carol.turnOnTwoFactor();
    }
    Peer.login(server, "bob").resetPassword("carol", "temporary1");
    submit("carol", "temporary1", false);
    Waits.until("the new password's step", () -> login.renewal().activeProperty().get());

    login.renewal().newPasswordProperty().set("chosen-password");
    login.renewal().repeatedProperty().set("chosen-password");
    login.submit();

    Waits.until("the code step", () -> login.secondStepProperty().get());
    assertThat(login.renewal().activeProperty().get()).isFalse();
    assertThat(signedIn).hasValue(0);
  }

  @Test
  void aRequiredSetupShowsTheSecretThenTheRecoveryCodesThenSignsIn() {
    Peer.account(server, "carol");
    Peer.login(server, "bob").requireTwoFactor();
    submit("carol", "password123", false);
    SecondFactorSetupForm setup = login.setup();
    Waits.until("the secret", () -> !setup.texts().secret().get().isEmpty());
    assertThat(setup.texts().otpauthUri().get()).startsWith("otpauth://totp/");

    setup.texts().code().set(TotpCodes.now(setup.texts().secret().get(), 5));
    login.submit();
    Waits.until("the refusal", () -> !setup.texts().error().get().isEmpty());
    assertThat(setup.showingCodesProperty().get()).isFalse();

    setup.texts().code().set(TotpCodes.now(setup.texts().secret().get(), 0));
    login.submit();
    Waits.until("the recovery codes", () -> setup.showingCodesProperty().get());
    assertThat(setup.texts().recoveryCodes().get().lines()).hasSize(10);
    assertThat(signedIn).hasValue(0);

    login.submit();
    Waits.until("signed in", () -> signedIn.get() == 1);
    assertThat(setup.activeProperty().get()).isFalse();
    assertThat(setup.texts().recoveryCodes().get()).isEmpty();
  }

  private void submit(String username, String password, boolean register) {
    if (login.registeringProperty().get() != register) {
      login.toggleMode();
    }
    login.usernameProperty().set(username);
    login.passwordProperty().set(password);
    login.submit();
  }
}
