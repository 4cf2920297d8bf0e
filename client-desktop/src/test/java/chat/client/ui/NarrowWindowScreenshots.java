package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
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
    try (LiveServer server = LiveServer.start(dir.resolve("server"), "Acme office");
        Peer bob = Peer.register(server, "bob")) {
      String general =
          bob.request(
                  id -> new RoomCreate(id, "general", RoomVisibility.PUBLIC, null),
                  RoomResult.class)
              .room()
              .roomId();
      bob.request(
          id -> new RoomCreate(id, "random", RoomVisibility.PUBLIC, null), RoomResult.class);
      AppDriver app = AppDriver.launch(dir.resolve("app"));
      try {
        app.connect(server.address());
        app.registerAndWait("alice");
        app.join("random");
        app.join("general");
        bob.request(
            id ->
                new MessageSend(id, general, "Morning! The nightly build went green again.", "b-1"),
            MessageResult.class);
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
      } finally {
        app.close();
      }
    }
  }
}
