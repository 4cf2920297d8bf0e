package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.ScreenshotStage;
import chat.protocol.model.RoomVisibility;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window at 480 px wide: the sidebar behind the "☰ Rooms" toggle. Run with {@code
 * -Dscreenshots=true}; the file goes to {@code screenshots.dir}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class NarrowWindowScreenshots {

  @TempDir Path dir;

  @Test
  void narrowWindow() {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob")) {
      Peer bob = stage.peer("bob");
      String general = bob.createRoom("general", RoomVisibility.PUBLIC, null).roomId();
      bob.createRoom("random", RoomVisibility.PUBLIC, null);
      AppDriver app = stage.appConnected();
      app.registerAndWait("alice");
      app.join("random");
      app.join("general");
      bob.say(general, "Morning! The nightly build went green again.");
      app.say("Nice. Shall we ship 1.0 on Friday?");
      AppDriver.waitFor("the messages", () -> app.list("#messages").getItems().size() >= 2);
      app.robot()
          .interact(
              () -> {
                app.stage().setWidth(480);
                app.stage().setHeight(640);
              });
      app.snapshot("narrow.png");
      app.click("#rooms-toggle");
      app.snapshot("narrow-rooms.png");
    }
  }
}
