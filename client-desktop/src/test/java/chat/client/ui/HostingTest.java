package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppDriver;
import chat.client.support.HostingApp;
import chat.client.support.Peer;
import chat.client.ui.chat.ChatLine;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomDirectory;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Room;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import chat.protocol.result.RoomsResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Host a server on this computer", then someone else joins it. */
class HostingTest {

  @TempDir Path dir;

  @Test
  void hostsAServerThatASecondClientJoins() {
    HostingApp hosting = HostingApp.hostAndSignUp(dir.resolve("app"), "alice");
    try (hosting) {
      AppDriver app = hosting.app();
      assertThat(app.text("#host-notice")).contains(":" + hosting.httpPort());

      app.click("#new-room");
      app.fill("#room-name", "lan-party");
      app.click("#create-room");
      AppDriver.waitFor("the room", () -> app.text("#room-title").equals("lan-party"));

      // Hosting turns TLS on; bob trusts the certificate the hosted server generated.
      Peer bob = hosting.join("bob");
      Room room =
          bob.request(id -> new RoomDirectory(id, "lan"), RoomsResult.class).rooms().getFirst();
      bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
      bob.request(
          id -> new MessageSend(id, room.roomId(), "hi from the LAN", "b-1"), MessageResult.class);
      AppDriver.waitFor(
          "bob's message",
          () ->
              app.<ChatLine>list("#messages").getItems().stream()
                  .anyMatch(l -> "hi from the LAN".equals(l.content())));
    }

    assertThat(hosting.portFree()).as("the hosted server stopped with the app").isTrue();
  }
}
