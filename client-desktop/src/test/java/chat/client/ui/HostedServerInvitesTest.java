package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppDriver;
import chat.client.support.HostingApp;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joining a server hosted from the app: only through the invite link its host panel shows. */
class HostedServerInvitesTest {

  @TempDir Path dir;

  @Test
  void aServerHostedFromTheAppAcceptsANewcomerOnlyThroughItsInviteLink() {
    try (HostingApp hosting = HostingApp.hostAndSignUp(dir.resolve("host"), "alice")) {
      AppDriver host = hosting.app();
      host.click("#hosting");
      AppDriver.waitFor(
          "the invite link", () -> host.text("#host-invite-link").startsWith("chat://"));
      host.click("#host-invite-copy");
      AtomicReference<String> copied = new AtomicReference<>();
      host.robot().interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
      assertThat(copied.get())
          .isEqualTo(host.text("#host-invite-link"))
          .startsWith("chat://127.0.0.1:" + hosting.httpPort() + "/invite/i_")
          .contains("?fp=sha256:");
      host.click("#host-close");

      AppDriver newcomer = AppDriver.launchAnother(dir.resolve("newcomer"));
      try {
        // The link, pasted: no certificate question, and the form creates an account.
        newcomer.click("#address");
        newcomer.robot().press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertThat(newcomer.text("#address")).isEqualTo(copied.get());
        newcomer.click("#connect");
        AppDriver.waitFor("the sign-up screen", () -> newcomer.exists("#username"));
        assertThat(newcomer.text("#submit")).isEqualTo("Create account");
        newcomer.signIn("bob", "password123");
        AppDriver.waitFor("bob's main window", () -> newcomer.exists("#rooms"));

        // Without it: refused, in the server's words.
        newcomer.click("#logout");
        newcomer.click("#back");
        newcomer.connect("https://127.0.0.1:" + hosting.httpPort());
        newcomer.register("mallory", "password123");
        AppDriver.waitFor(
            "the refusal",
            () -> newcomer.text("#form-error").equals("This server registers by invite only"));
        assertThat(newcomer.exists("#rooms")).isFalse();
      } finally {
        newcomer.close();
      }

      host.click("#admin");
      AppDriver.waitFor(
          "the accounts", () -> host.texts("#accounts .account-row .text-bold").size() == 2);
      assertThat(host.texts("#accounts .account-row .text-bold"))
          .isEqualTo(List.of("alice · you", "bob"));
    }
  }
}
