package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ServerProcess;
import chat.server.support.SocketClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as a process of its own: killed with SIGKILL, stopped with SIGTERM. */
class ServerProcessTest {

  private static final Map<String, String> NO_SEND_LIMIT =
      Map.of("MESSAGE_RATE_PER_SECOND", "100000", "MESSAGE_BURST", "100000");
  private static final int IN_FLIGHT = 300;

  @TempDir Path dataDir;

  @Test
  void everyAcknowledgedMessageSurvivesKillDashNineExactlyOnceInOrder() throws Exception {
    List<String> acked = new ArrayList<>();
    Login login;
    String roomId;
    try (ServerProcess server = ServerProcess.start(dataDir, NO_SEND_LIMIT)) {
      login = server.api().registered("survivor");
      try (SocketClient socket = SocketClient.connect(server.wsUrl(), login.accessToken())) {
        roomId = createRoom(socket);
        List<String> requestIds = sendMany(socket, roomId);
        for (String requestId : requestIds.subList(0, IN_FLIGHT / 2)) {
          acked.add(messageId(socket.answer(requestId)));
        }
        server.kill();
      }
    }

    List<String> stored = historyAfterRestart(login, roomId);
    System.out.printf(
        "kill -9 after %d acks of %d sent: %d stored after restart%n",
        acked.size(), IN_FLIGHT, stored.size());
    assertThat(stored).doesNotHaveDuplicates();
    assertThat(stored.subList(0, acked.size())).isEqualTo(acked);
    assertThat(stored.size()).isLessThanOrEqualTo(IN_FLIGHT);
  }

  @Test
  void sigtermFinishesAcksInFlightAndClosesCleanly() throws Exception {
    Login login;
    String roomId;
    List<String> acked = new ArrayList<>();
    try (ServerProcess server = ServerProcess.start(dataDir, NO_SEND_LIMIT)) {
      login = server.api().registered("graceful");
      try (SocketClient socket = SocketClient.connect(server.wsUrl(), login.accessToken())) {
        roomId = createRoom(socket);
        List<String> requestIds = sendMany(socket, roomId);
        acked.add(messageId(socket.answer(requestIds.getFirst())));

        int exitCode = server.terminate();

        assertThat(exitCode).isIn(0, 143);
        assertThat(server.output()).anyMatch(line -> line.contains("chat server stopped"));
        assertThat(socket.awaitClose(Duration.ofSeconds(5)).code()).isEqualTo(1001);
        for (JsonNode frame : socket.receivedSoFar()) {
          if ("ack".equals(frame.path("type").asText())) {
            acked.add(messageId(frame));
          }
        }
      }
    }

    List<String> stored = historyAfterRestart(login, roomId);
    System.out.printf(
        "SIGTERM with %d sends in flight: %d acked, %d stored%n",
        IN_FLIGHT, acked.size(), stored.size());
    assertThat(stored).as("everything stored was acknowledged, in order").isEqualTo(acked);
  }

  @Test
  void aBadSettingStopsTheServerWithOneClearLine() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "chat.server.ServerMain")
            .redirectErrorStream(true);
    builder.environment().put("PORT", "seventy");
    builder.environment().put("DATA_DIR", dataDir.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());

    assertThat(process.waitFor()).isEqualTo(2);
    assertThat(output).contains("PORT must be a whole number from 0 to 65535, not 'seventy'");
  }

  @Test
  void logsNeverContainPasswordsOrTokensEvenAtDebugLevel() throws Exception {
    String password = "a-very-secret-password";
    List<String> secrets = new ArrayList<>(List.of(password));
    try (ServerProcess server =
        ServerProcess.start(
            dataDir, Map.of("LOG_LEVEL", "DEBUG", "LOGIN_ATTEMPTS_PER_MINUTE", "2"))) {
      ApiClient api = server.api();
      Login login = ApiClient.login(api.register("secretive", password));
      secrets.add(login.accessToken());
      secrets.add(login.refreshToken());
      api.login("secretive", "wrong-" + password);
      api.login("secretive", "wrong-" + password);
      api.login("secretive", "wrong-" + password);
      String rotated =
          api.post("/api/auth/refresh", null, Map.of("refreshToken", login.refreshToken()))
              .body()
              .path("refreshToken")
              .asText();
      secrets.add(rotated);
      api.post("/api/auth/refresh", null, Map.of("refreshToken", login.refreshToken()));
      try (SocketClient socket = SocketClient.connect(server.wsUrl(), "forged." + password)) {
        socket.awaitClose(Duration.ofSeconds(2));
      }
      server.terminate();

      String output = String.join("\n", server.output());
      assertThat(output).contains("refresh token reuse");
      for (String secret : secrets) {
        assertThat(output).doesNotContain(secret);
      }
    }
  }

  private static String createRoom(SocketClient socket) {
    return socket
        .ok("room.create", "name", "durable", "visibility", "public")
        .path("room")
        .path("roomId")
        .asText();
  }

  /** Sends {@link #IN_FLIGHT} messages without waiting; returns their request ids. */
  private static List<String> sendMany(SocketClient socket, String roomId) {
    List<String> requestIds = new ArrayList<>();
    for (int i = 0; i < IN_FLIGHT; i++) {
      requestIds.add(
          socket.send(
              "message.send", "roomId", roomId, "content", "m" + i, "clientMsgId", "c" + i));
    }
    return requestIds;
  }

  private static String messageId(JsonNode ack) {
    return ack.path("result").path("message").path("messageId").asText();
  }

  private List<String> historyAfterRestart(Login login, String roomId) {
    try (ServerProcess restarted = ServerProcess.start(dataDir, NO_SEND_LIMIT);
        SocketClient socket = SocketClient.connect(restarted.wsUrl(), login.accessToken())) {
      return socket.wholeHistory(roomId);
    }
  }
}
