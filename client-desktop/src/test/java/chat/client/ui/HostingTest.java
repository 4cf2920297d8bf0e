package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.AppDirs;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.TrustingHttp;
import chat.client.ui.chat.ChatLine;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomDirectory;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Room;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import chat.protocol.result.RoomsResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Host a server on this computer", then someone else joins it. */
class HostingTest {

  @TempDir Path dir;

  @Test
  void hostsAServerThatASecondClientJoins() throws IOException {
    int httpPort = freePort();
    int wsPort = freePort();
    // Tests stay on loopback; the app binds every interface by default.
    AppDriver app =
        AppDriver.launch(dir.resolve("app"), Map.of("HOST", "127.0.0.1", "BCRYPT_COST", "4"));
    try {
      app.fill("#host-http-port", Integer.toString(httpPort));
      app.fill("#host-ws-port", Integer.toString(wsPort));
      app.click("#host");
      AppDriver.waitFor("the sign-in screen of the hosted server", () -> app.exists("#username"));
      app.registerAndWait("alice");
      assertThat(app.text("#host-notice")).contains(":" + httpPort);

      app.click("#new-room");
      app.fill("#room-name", "lan-party");
      app.click("#create-room");
      AppDriver.waitFor("the room", () -> app.text("#room-title").equals("lan-party"));

      // Hosting turns TLS on; bob trusts the certificate the hosted server generated.
      HttpClient trusting =
          TrustingHttp.of(
              AppDirs.under(dir.resolve("app"))
                  .data()
                  .resolve("hosted-server")
                  .resolve("tls")
                  .resolve("cert.pem"));
      String https = "https://127.0.0.1:" + httpPort;
      try (Peer bob = Peer.register(trusting, https, "wss://127.0.0.1:" + wsPort + "/ws", "bob")) {
        Room room =
            bob.request(id -> new RoomDirectory(id, "lan"), RoomsResult.class).rooms().getFirst();
        bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
        bob.request(
            id -> new MessageSend(id, room.roomId(), "hi from the LAN", "b-1"),
            MessageResult.class);
        AppDriver.waitFor(
            "bob's message",
            () ->
                app.<ChatLine>list("#messages").getItems().stream()
                    .anyMatch(l -> "hi from the LAN".equals(l.content())));
      }
    } finally {
      app.close();
    }

    try (ServerSocket reuse = new ServerSocket(httpPort, 1, InetAddress.getLoopbackAddress())) {
      assertThat(reuse.getLocalPort())
          .as("the hosted server stopped with the app")
          .isEqualTo(httpPort);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
