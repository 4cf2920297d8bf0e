package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.Tokens;
import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SocketConnectionTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  static ApiClient api;

  @BeforeAll
  static void start() {
    api = server.api();
  }

  @Test
  void aBearerHeaderAuthenticatesTheHandshake() {
    Login login = api.registered("headerauth");
    try (SocketClient socket = server.openSocket(login.accessToken())) {
      assertThat(socket.ok("ping").isEmpty()).isTrue();
    }
  }

  @Test
  void socketRequestsAreCountedByTypeInTheMetrics() {
    Login login = api.registered("counted");
    SocketClient socket = server.connect(0, login);

    socket.ok("room.list");

    assertThat(server.api(0).get("/metrics", null).text())
        .containsPattern("chat_ws_requests_total\\{type=\"room.list\"} [1-9]")
        .containsPattern("chat_ws_requests_total\\{type=\"ping\"} [1-9]");
  }

  @Test
  void anAuthFrameAuthenticatesAndIsAcknowledgedWhenItHasARequestId() {
    Login login = api.registered("frameauth");
    try (SocketClient socket = server.openSocket(null)) {
      JsonNode ack = socket.request("auth", "token", login.accessToken());

      assertThat(ack.path("type").asText()).isEqualTo("ack");
      assertThat(socket.ok("ping").isEmpty()).isTrue();
    }
  }

  @Test
  void anAuthFrameWithoutRequestIdAuthenticatesSilently() {
    Login login = api.registered("quietauth");
    try (SocketClient socket = server.openSocket(null)) {
      socket.sendText("{\"type\":\"auth\",\"token\":\"" + login.accessToken() + "\"}");

      JsonNode pong = socket.request("ping");

      assertThat(pong.path("type").asText()).isEqualTo("ack");
    }
  }

  @Test
  void requestsBeforeAuthAreRefusedAndTheSocketStaysOpen() {
    Login login = api.registered("eager");
    try (SocketClient socket = server.openSocket(null)) {
      JsonNode refused = socket.request("room.list");

      assertThat(refused.path("type").asText()).isEqualTo("error");
      assertThat(refused.path("error").path("code").asText()).isEqualTo("UNAUTHORIZED");
      assertThat(socket.request("auth", "token", login.accessToken()).path("type").asText())
          .isEqualTo("ack");
    }
  }

  @Test
  void noAuthWithin5sClosesWith4408() {
    try (SocketClient socket = server.openSocket(null)) {
      assertThat(socket.awaitClose(Duration.ofSeconds(8)).code()).isEqualTo(4408);
    }
  }

  @Test
  void aBadTokenInTheHeaderClosesWith4401Unauthorized() {
    try (SocketClient socket = server.openSocket("garbage.token.here")) {
      SocketClient.Close close = socket.awaitClose(Duration.ofSeconds(2));
      assertThat(close.code()).isEqualTo(4401);
      assertThat(close.reason()).isEqualTo("UNAUTHORIZED");
    }
  }

  @Test
  void aBadTokenInTheAuthFrameClosesWith4401() {
    try (SocketClient socket = server.openSocket(null)) {
      socket.sendText("{\"type\":\"auth\",\"requestId\":\"a1\",\"token\":\"nope\"}");
      assertThat(socket.awaitClose(Duration.ofSeconds(2)).code()).isEqualTo(4401);
    }
  }

  @Test
  void anExpiredTokenClosesWith4401TokenExpired() {
    Login login = api.registered("expiredsock");
    String sessionId = JWT.decode(login.accessToken()).getClaim("sid").asString();
    try (SocketClient socket = server.openSocket(Tokens.expiredAccess(login.userId(), sessionId))) {
      SocketClient.Close close = socket.awaitClose(Duration.ofSeconds(2));
      assertThat(close.code()).isEqualTo(4401);
      assertThat(close.reason()).isEqualTo("TOKEN_EXPIRED");
    }
  }

  @Test
  void revokingASessionClosesItsSocketsWith4401WithinOneSecond() {
    Login login = api.registered("revokedsock");
    Login other = ApiClient.login(api.login("revokedsock", "correct horse battery"));
    String sessionId = JWT.decode(login.accessToken()).getClaim("sid").asString();
    try (SocketClient first = server.openSocket(login.accessToken());
        SocketClient second = server.openSocket(login.accessToken())) {
      first.ok("ping");
      second.ok("ping");

      api.delete("/api/auth/sessions/" + sessionId, other.accessToken());

      assertThat(first.awaitClose(Duration.ofSeconds(1)).code()).isEqualTo(4401);
      assertThat(second.awaitClose(Duration.ofSeconds(1)).code()).isEqualTo(4401);
    }
  }

  @Test
  void aSocketOnAnotherPathIsClosed() {
    Login login = api.registered("wrongpath");
    String url = server.wsUrl().replace("/ws", "/elsewhere");
    try (SocketClient socket = SocketClient.connect(url, login.accessToken())) {
      assertThat(socket.awaitClose(Duration.ofSeconds(2)).code()).isEqualTo(1008);
    }
  }

  @Test
  void aFrameOverOneMebibyteClosesWith1009() {
    Login login = api.registered("flooder");
    try (SocketClient socket = server.openSocket(login.accessToken())) {
      socket.ok("ping");

      socket.sendText("{\"type\":\"ping\",\"requestId\":\"" + "z".repeat(1_100_000) + "\"}");

      assertThat(socket.awaitClose(Duration.ofSeconds(5)).code()).isEqualTo(1009);
    }
  }
}
