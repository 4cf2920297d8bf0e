package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Per-user upload quota and upload rate: each refusal has its code and stores nothing. */
class FileLimitsApiTest {

  @RegisterExtension
  static final TestServer server =
      TestServer.create(
          Map.of("FILES_QUOTA_BYTES_PER_USER", "100", "FILES_UPLOADS_PER_MINUTE", "3"));

  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = server.api();
  }

  /** A new user, alone in a new room of theirs; returns their login and the room. */
  private static String[] userWithRoom(String name) {
    Login login = api.registered(TwoMembers.uniqueName(name));
    SocketClient socket = server.connect(login);
    String roomId =
        TwoMembers.roomIdOf(socket.ok("room.create", "name", "files", "visibility", "private"));
    return new String[] {login.accessToken(), roomId};
  }

  private static byte[] bytes(int size, char fill) {
    byte[] bytes = new byte[size];
    java.util.Arrays.fill(bytes, (byte) fill);
    return bytes;
  }

  @Test
  void uploadsPastTheQuotaArePayloadTooLargeAndCountNothing() {
    String[] user = userWithRoom("quota");

    assertThat(api.upload(user[1], user[0], "a.txt", bytes(60, 'a')).status()).isEqualTo(201);
    Reply over = api.upload(user[1], user[0], "b.txt", bytes(60, 'a'));
    assertThat(over.status()).isEqualTo(413);
    assertThat(over.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(over.body().path("error").path("message").asText()).contains("quota");

    assertThat(api.upload(user[1], user[0], "c.txt", bytes(40, 'c')).status()).isEqualTo(201);
  }

  @Test
  void deletingAMessageGivesTheSizesOfItsFilesBackToTheQuota() {
    Login login = api.registered(TwoMembers.uniqueName("freed"));
    SocketClient socket = server.connect(login);
    String roomId =
        TwoMembers.roomIdOf(socket.ok("room.create", "name", "files", "visibility", "private"));
    String fileId =
        api.upload(roomId, login.accessToken(), "a.txt", bytes(60, 'a'))
            .body()
            .path("fileId")
            .asText();
    String messageId =
        socket
            .ok(
                "message.send",
                "roomId",
                roomId,
                "content",
                "",
                "clientMsgId",
                "c-freed",
                "attachmentIds",
                java.util.List.of(fileId))
            .path("message")
            .path("messageId")
            .asText();
    assertThat(api.upload(roomId, login.accessToken(), "b.txt", bytes(60, 'b')).status())
        .isEqualTo(413);

    socket.ok("message.delete", "roomId", roomId, "messageId", messageId);

    assertThat(api.upload(roomId, login.accessToken(), "b.txt", bytes(60, 'b')).status())
        .isEqualTo(201);
  }

  @Test
  void anUploadDeclaredPastTheQuotaIsRefusedBeforeItsBodyIsSentAndCountsNothing()
      throws IOException {
    String[] user = userWithRoom("declared");
    URI base = URI.create(api.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      String head =
          "POST /api/files?roomId="
              + user[1]
              + " HTTP/1.1\r\nHost: chat\r\nAuthorization: Bearer "
              + user[0]
              + "\r\nX-File-Name: big.txt\r\nContent-Length: 101\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();

      String status =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();

      assertThat(status).startsWith("HTTP/1.1 413");
    }
    assertThat(api.upload(user[1], user[0], "all.txt", bytes(100, 'a')).status()).isEqualTo(201);
  }

  @Test
  void refusedUploadsGiveTheirPermitBack() {
    String[] user = userWithRoom("refused");
    for (int i = 0; i < 3; i++) {
      assertThat(api.upload(user[1], user[0], "empty.txt", new byte[0]).errorCode())
          .isEqualTo("INVALID_INPUT");
      assertThat(api.upload(user[1], user[0], "big.txt", bytes(101, 'b')).status()).isEqualTo(413);
    }

    for (int i = 0; i < 3; i++) {
      assertThat(api.upload(user[1], user[0], "ok.txt", bytes(1, 'o')).status()).isEqualTo(201);
    }
  }

  @Test
  void anUploadPastTheRateIsRateLimitedWithItsWait() {
    String[] user = userWithRoom("rate");
    for (int i = 0; i < 3; i++) {
      assertThat(api.upload(user[1], user[0], "r.txt", bytes(1, 'r')).status()).isEqualTo(201);
    }

    Reply limited = api.upload(user[1], user[0], "r.txt", bytes(1, 'r'));

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
    assertThat(limited.header("Retry-After")).isNotNull();
  }
}
