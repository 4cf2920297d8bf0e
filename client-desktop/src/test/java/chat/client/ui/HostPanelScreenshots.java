package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.HostingApp;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the screenshots of the host panel, light and dark: the app hosting a server that two
 * others joined. Run it with {@code -Dscreenshots=true}; the file goes to {@code screenshots.dir}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class HostPanelScreenshots {

  @TempDir Path dir;

  @Test
  void hostPanel() {
    try (HostingApp hosting = HostingApp.hostAndSignUp(dir.resolve("app"), "alice")) {
      AppDriver app = hosting.app();
      hosting.join("bob");
      hosting.join("carol");
      app.click("#hosting");
      AppDriver.waitFor(
          "both in the list",
          () -> app.list("#host-people").getItems().equals(List.of("bob", "carol")));
      app.snapshot("host-panel.png");
      app.robot().type(KeyCode.ESCAPE);
      app.chooseTheme("#theme-dark");
      app.click("#hosting");
      AppDriver.waitFor("the host panel", () -> app.exists("#host-people"));
      app.snapshot("host-panel-dark.png");
    }
  }
}
