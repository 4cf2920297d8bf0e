package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.e2ee.EncryptedPeer;
import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.protocol.model.Room;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The warning an encrypted room shows when a member's security key changes. */
class KeyChangeWarningTest {

  @RegisterExtension final AppAndServer both = AppAndServer.plain();

  @TempDir Path dir;

  @Test
  void aChangedSecurityKeyShowsTheWarningAndAcceptClearsIt() {
    AppDriver app = both.app();
    app.connect(both.server().address());
    app.registerAndWait("alice");
    try (EncryptedPeer bob = EncryptedPeer.signUp(both.server(), dir.resolve("bob"), "bob")) {
      String aliceId = userIdOf("alice");
      Room room = bob.encryptedRoom("secrets", List.of(aliceId));
      bob.awaitDeviceOf(aliceId);
      app.openRoom("secrets");
      bob.say(room.roomId(), "my old key");
      AppDriver.waitFor(
          "bob's message", () -> app.messages().contents("#messages").contains("my old key"));

      bob.resetKeys();
      AppDriver.waitFor(
          "the warning", () -> app.exists("#accept-key") && shown(app, "#key-change"));
      String warning = app.text("#key-change-text");
      app.click("#members-toggle");
      AppDriver.waitFor(
          "bob marked in the members",
          () -> app.lookup("#members .member-key-changed").tryQuery().isPresent());
      app.click("#accept-key");
      AppDriver.waitFor("the warning gone", () -> !shown(app, "#key-change"));
      app.say("to your new key");

      assertThat(warning)
          .isEqualTo(
              "bob's security key changed. Messages to bob are held until you accept the new"
                  + " key.");
      bob.awaitText("to your new key");
    }
  }

  private static boolean shown(AppDriver app, String query) {
    return app.lookup(query).tryQuery().map(javafx.scene.Node::isVisible).orElse(false);
  }

  /** The userId of {@code username}, signed up in the app. */
  private String userIdOf(String username) {
    try (Peer signedIn = Peer.login(both.server(), username)) {
      return signedIn.userId();
    }
  }
}
