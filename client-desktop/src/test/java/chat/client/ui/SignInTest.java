package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignInTest {

  @RegisterExtension final AppAndServer both = AppAndServer.plain();

  @Test
  void registersThenAWrongPasswordIsShownNextToThePasswordField() {
    both.app().connect(both.server().address());
    both.app().registerAndWait("alice");

    both.app().click("#logout");
    AppDriver.waitFor("the sign-in screen", () -> both.app().exists("#password"));
    both.app().signIn("alice", "not-the-password");

    AppDriver.waitFor("the error", () -> !both.app().text("#password-error").isEmpty());
    assertThat(both.app().text("#password-error")).isEqualTo("Wrong username or password");
    assertThat(both.app().text("#username-error")).isEmpty();

    both.app().signIn("alice", "password123");
    AppDriver.waitFor("the main window", () -> both.app().exists("#rooms"));
  }

  @Test
  void aTakenUsernameIsShownNextToTheUsernameField() {
    Peer.account(both.server(), "bob");
    both.app().connect(both.server().address());

    both.app().register("bob", "password123");

    AppDriver.waitFor("the error", () -> !both.app().text("#username-error").isEmpty());
    assertThat(both.app().text("#username-error")).isEqualTo("This username is taken");
    assertThat(both.app().text("#password-error")).isEmpty();
  }

  @Test
  void aPasswordTooShortIsShownNextToThePasswordField() {
    both.app().connect(both.server().address());

    both.app().register("carol", "short");

    AppDriver.waitFor("the error", () -> !both.app().text("#password-error").isEmpty());
    assertThat(both.app().text("#password-error")).containsIgnoringCase("password");
  }
}
