package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad frames get the protocol's error, the socket stays usable, and nothing stored changes. */
class SocketFramingTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  static Login login;
  static String roomId;
  SocketClient socket;

  @BeforeAll
  static void start() {
    login = server.api().registered("framer");
  }

  @BeforeEach
  void connect() {
    socket = server.openSocket(login.accessToken());
    if (roomId == null) {
      roomId =
          socket
              .ok("room.create", "name", "framing", "visibility", "public")
              .path("room")
              .path("roomId")
              .asText();
      socket.ok(
          "message.send", "roomId", roomId, "content", "the only message", "clientMsgId", "c0");
    }
  }

  @AfterEach
  void afterEachBadFrameTheSocketStillWorksAndHistoryIsUnchanged() {
    assertThat(socket.isClosed()).isFalse();
    JsonNode history = socket.ok("message.history", "roomId", roomId);
    assertThat(history.path("messages")).hasSize(1);
    assertThat(history.path("messages").get(0).path("content").asText())
        .isEqualTo("the only message");
  }

  @Test
  void malformedJsonGetsAnErrorWithANullRequestId() {
    socket.sendText("{\"type\":\"message.send\", oops");

    JsonNode error = socket.awaitEvent("error");

    assertThat(error.has("requestId")).isTrue();
    assertThat(error.path("requestId").isNull()).isTrue();
    assertThat(error.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
  }

  /**
   * Both ids would be stored as "c?" (a lone surrogate has no UTF-8 form), so the second send would
   * be acknowledged with the first message and lost.
   */
  @Test
  void twoClientMsgIdsDifferingInALoneSurrogateAreBothRefusedAndNothingIsStored() {
    for (String escape : List.of("\\ud800", "\\udbff")) {
      String requestId = "lone" + escape.substring(2);
      socket.sendText(
          "{\"type\":\"message.send\",\"requestId\":\""
              + requestId
              + "\",\"roomId\":\""
              + roomId
              + "\",\"content\":\"hi\",\"clientMsgId\":\"c"
              + escape
              + "\"}");

      JsonNode error = socket.answer(requestId);

      assertThat(error.path("type").asText()).isEqualTo("error");
      assertThat(error.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
      assertThat(error.path("error").path("field").asText()).isEqualTo("clientMsgId");
    }
  }

  @Test
  void contentWithALoneSurrogateIsRefused() {
    socket.sendText(
        "{\"type\":\"message.send\",\"requestId\":\"s1\",\"roomId\":\""
            + roomId
            + "\",\"content\":\"broken \\udc00\",\"clientMsgId\":\"c-lone\"}");

    JsonNode error = socket.answer("s1");

    assertThat(error.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(error.path("error").path("field").asText()).isEqualTo("content");
  }

  @Test
  void aRequestIdWithALoneSurrogateIsAnsweredWithoutOne() {
    socket.sendText("{\"type\":\"ping\",\"requestId\":\"r\\ud800\"}");

    JsonNode error = socket.awaitEvent("error");

    assertThat(error.path("requestId").isNull()).isTrue();
    assertThat(error.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(error.path("error").path("field").asText()).isEqualTo("requestId");
  }

  @Test
  void anUnknownTypeIsUnknownTypeWithItsRequestId() {
    JsonNode error = socket.request("message.teleport", "roomId", roomId);

    assertThat(error.path("type").asText()).isEqualTo("error");
    assertThat(error.path("error").path("code").asText()).isEqualTo("UNKNOWN_TYPE");
  }

  @Test
  void aFrameWithoutTypeIsInvalidInput() {
    socket.sendText("{\"requestId\":\"x1\",\"roomId\":\"" + roomId + "\"}");

    JsonNode error = socket.awaitFrame(f -> "x1".equals(f.path("requestId").asText()));

    assertThat(error.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(error.path("error").path("field").asText()).isEqualTo("type");
  }

  @Test
  void missingFieldsAreInvalidInputNamingTheField() {
    assertInvalid(socket.request("message.send", "roomId", roomId, "clientMsgId", "c1"), "content");
    assertInvalid(socket.request("message.send", "content", "hi", "clientMsgId", "c1"), "roomId");
    assertInvalid(socket.request("message.send", "roomId", roomId, "content", "hi"), "clientMsgId");
    assertInvalid(socket.request("room.join"), "roomId");
  }

  @Test
  void wrongTypedFieldsAreInvalidInputNamingTheField() {
    assertInvalid(
        socket.request("message.send", "roomId", roomId, "content", 42, "clientMsgId", "c2"),
        "content");
    assertInvalid(socket.request("message.history", "roomId", roomId, "limit", "10"), "limit");
    assertInvalid(socket.request("message.history", "roomId", roomId, "limit", 1.5), "limit");
    assertInvalid(socket.request("room.create", "name", "x", "visibility", true), "visibility");
  }

  @Test
  void blankAndOverlongContentAreInvalidInput() {
    assertInvalid(
        socket.request("message.send", "roomId", roomId, "content", "   \n\t", "clientMsgId", "c3"),
        "content");
    assertInvalid(
        socket.request(
            "message.send", "roomId", roomId, "content", "x".repeat(4001), "clientMsgId", "c4"),
        "content");
  }

  @Test
  void aFrameOverTheLimitIsPayloadTooLarge() {
    socket.sendText(
        "{\"type\":\"message.send\",\"requestId\":\"big\",\"roomId\":\""
            + roomId
            + "\",\"clientMsgId\":\"c5\",\"content\":\""
            + "y".repeat(70_000)
            + "\"}");

    JsonNode error = socket.awaitEvent("error");

    assertThat(error.path("error").path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(error.path("requestId").isNull()).isTrue();
  }

  @Test
  void aBinaryFrameIsInvalidInput() {
    socket.sendBinary(new byte[] {1, 2, 3});

    assertThat(socket.awaitEvent("error").path("error").path("code").asText())
        .isEqualTo("INVALID_INPUT");
  }

  @Test
  void aRequestOfALaterFeatureIsUnknownTypeForNow() {
    JsonNode error = socket.request("thread.history", "roomId", roomId, "threadId", "m1");

    assertThat(error.path("error").path("code").asText()).isEqualTo("UNKNOWN_TYPE");
    assertThat(error.path("error").path("message").asText()).contains("thread.history");
  }

  @Test
  void aSecondAuthFrameIsInvalidInput() {
    assertInvalid(socket.request("auth", "token", login.accessToken()), "type");
  }

  private static void assertInvalid(JsonNode answer, String field) {
    assertThat(answer.path("type").asText()).as(answer.toString()).isEqualTo("error");
    assertThat(answer.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(answer.path("error").path("field").asText()).isEqualTo(field);
  }
}
