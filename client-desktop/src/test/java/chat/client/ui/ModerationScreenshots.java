package chat.client.ui;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.ModeratedRooms;
import chat.protocol.model.Room;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Room settings panel for the docs: alice moderates bob's room, whose slow mode is 30 s and
 * which carol is banned from for a day. Run with {@code -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ModerationScreenshots {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void roomSettings() {
    AppDriver app = both.app();
    Room room = both.bobsRoomJoined("release-planning");
    both.bob().say(room.roomId(), "Shall we ship on Friday?");
    ModeratedRooms.withABanAndSlowMode(both.server(), both.bob(), room.roomId(), "alice");
    app.click("#room-settings");
    AppDriver.waitFor("the ban", () -> app.list("#bans").getItems().size() == 1);
    app.snapshot("room-settings.png");
  }
}
