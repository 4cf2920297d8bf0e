package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInTest {

  @TempDir Path dir;
  private LiveServer server;
  private AppDriver app;

  @BeforeEach
  void start() {
    server = LiveServer.start(dir.resolve("server"));
    app = AppDriver.launch(dir.resolve("app"));
  }

  @AfterEach
  void stop() {
    app.close();
    server.close();
  }

  @Test
  void registersThenAWrongPasswordIsShownNextToThePasswordField() {
    app.connect(server.address());
    app.registerAndWait("alice");

    app.click("#logout");
    AppDriver.waitFor("the sign-in screen", () -> app.exists("#password"));
    app.signIn("alice", "not-the-password");

    AppDriver.waitFor("the error", () -> !app.text("#password-error").isEmpty());
    assertThat(app.text("#password-error")).isEqualTo("Wrong username or password");
    assertThat(app.text("#username-error")).isEmpty();

    app.signIn("alice", "password123");
    AppDriver.waitFor("the main window", () -> app.exists("#rooms"));
  }

  @Test
  void aTakenUsernameIsShownNextToTheUsernameField() {
    Peer.account(server, "bob");
    app.connect(server.address());

    app.register("bob", "password123");

    AppDriver.waitFor("the error", () -> !app.text("#username-error").isEmpty());
    assertThat(app.text("#username-error")).isEqualTo("This username is taken");
    assertThat(app.text("#password-error")).isEmpty();
  }

  @Test
  void aPasswordTooShortIsShownNextToThePasswordField() {
    app.connect(server.address());

    app.register("carol", "short");

    AppDriver.waitFor("the error", () -> !app.text("#password-error").isEmpty());
    assertThat(app.text("#password-error")).containsIgnoringCase("password");
  }
}
