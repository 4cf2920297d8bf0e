package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sign-in of an account whose password an admin reset, in the real app against a real server:
 * the temporary password leads to a step that chooses a new one.
 */
class ResetPasswordSignInTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  private boolean visible(String query) {
    return both.app().lookup(query).query().isVisible();
  }

  @Test
  void aResetPasswordAsksForANewOneAtSignInAndGetsIn() {
    Peer.account(both.server(), "carol");
    both.bob().resetPassword("carol", "temporary1");
    both.app().click("#logout");
    AppDriver.waitFor("the sign-in screen", () -> both.app().exists("#password"));

    both.app().signIn("carol", "temporary1");
    AppDriver.waitFor("the new password's step", () -> visible("#renew-password-step"));
    assertThat(visible("#password-step")).isFalse();
    assertThat(both.app().text("#form-error")).contains("reset your password");

    both.app().fill("#new-password", "chosen-password");
    both.app().fill("#new-password-again", "chosen-password");
    both.app().click("#submit");

    AppDriver.waitFor("the main window", () -> both.app().exists("#rooms"));
    AppDriver.waitFor(
        "signed in as carol", () -> both.app().text("#signed-in-as").startsWith("carol"));
  }
}
