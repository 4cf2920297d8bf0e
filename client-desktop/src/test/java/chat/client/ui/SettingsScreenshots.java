package chat.client.ui;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The settings panel for the docs, light and dark, with a display name set, a muted room listed
 * under the notifications and a second session listed.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class SettingsScreenshots {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void settings() {
    try (Peer laptop = Peer.login(both.server(), "alice")) {
      AppDriver app = both.app();
      both.bobsRoomJoined("lobby");
      app.click("#notify-level");
      app.click("Muted");
      AppDriver.waitFor("lobby muted", () -> app.text("#notify-level").equals("Muted"));
      app.click("#settings");
      app.fill("#display-name", "Alice Liddell");
      app.click("#save-display-name");
      AppDriver.waitFor("saved", () -> !app.text("#profile-status").isEmpty());
      AppDriver.waitFor(
          "both sessions", () -> app.robot().lookup(".session-row").queryAll().size() == 2);
      app.robot().type(KeyCode.ESCAPE);
      app.click("#settings");
      app.snapshot("settings.png");
      app.click("#theme-dark");
      app.snapshot("settings-dark.png");
      app.click("#theme-light");
    }
  }
}
