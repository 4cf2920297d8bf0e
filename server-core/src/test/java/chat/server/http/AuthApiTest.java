package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.auth.TokenService;
import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.Tokens;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthApiTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  static ApiClient api;

  @BeforeAll
  static void start() {
    api = server.api();
  }

  @Test
  void registerAnswersAuthResultWithTheRegisteredSpelling() {
    Reply reply = api.register("Alice.Reg", "correct horse battery");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.body().path("user").path("username").asText()).isEqualTo("Alice.Reg");
    assertThat(reply.body().path("user").path("userId").asText()).isNotBlank();
    assertThat(reply.body().path("user").path("status").asText()).isIn("online", "offline");
    assertThat(reply.body().path("accessToken").asText()).isNotBlank();
    assertThat(reply.body().path("refreshToken").asText()).isNotBlank();
    assertThat(reply.body().path("expiresIn").asLong()).isEqualTo(900);
  }

  @Test
  void usernamesAreUniqueRegardlessOfCase() {
    api.registered("CaseName");

    Reply again = api.register("casename", "another good password");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.errorCode()).isEqualTo("USERNAME_TAKEN");
  }

  @Test
  void registerRejectsBadUsernamesAndPasswordsNamingTheField() {
    assertInvalid(api.register("ab", "correct horse battery"), "username");
    assertInvalid(api.register("x".repeat(33), "correct horse battery"), "username");
    assertInvalid(api.register("with space", "correct horse battery"), "username");
    assertInvalid(api.register("émile", "correct horse battery"), "username");
    assertInvalid(api.register("shortpw", "1234567"), "password");
    assertInvalid(api.register("longpw", "p".repeat(129)), "password");
  }

  @Test
  void aPasswordOver72BytesIsRejectedNotTruncated() {
    String seventyThreeBytes = "é".repeat(36) + "x"; // 36 two-byte letters + 1 = 73 bytes, 37 chars
    assertInvalid(api.register("bytes73", seventyThreeBytes), "password");

    String seventyTwoBytes = "é".repeat(36);
    assertThat(api.register("bytes72", seventyTwoBytes).status()).isEqualTo(201);
    assertThat(api.login("bytes72", seventyTwoBytes).status()).isEqualTo(200);
    assertThat(api.login("bytes72", seventyTwoBytes + "x").errorCode())
        .isEqualTo("INVALID_CREDENTIALS");
  }

  @Test
  void malformedMissingAndWrongTypedBodiesAreInvalidInput() {
    assertInvalid(api.post("/api/auth/register", null, "{not json"), null);
    assertInvalid(api.post("/api/auth/register", null, "[]"), null);
    assertInvalid(api.post("/api/auth/register", null, Map.of("username", "nopass")), "password");
    assertInvalid(
        api.post(
            "/api/auth/register", null, Map.of("username", 12345, "password", "correct horse")),
        "username");
    assertInvalid(api.post("/api/auth/login", null, ""), null);
  }

  /** Encoded, the lone surrogate would become "?": two different passwords would be one. */
  @Test
  void aPasswordWithALoneSurrogateIsRefusedAndRegistersNobody() {
    String body = "{\"username\":\"lonely\",\"password\":\"correct horse\\ud800\"}";

    assertInvalid(api.post("/api/auth/register", null, body), "password");

    assertThat(api.register("lonely", "correct horse?").status()).isEqualTo(201);
    assertInvalid(api.post("/api/auth/login", null, body), "password");
  }

  @Test
  void anOversizeBodyIsPayloadTooLarge() {
    Reply reply =
        api.post(
            "/api/auth/register", null, Map.of("username", "big", "password", "x".repeat(70_000)));

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
  }

  @Test
  void loginMatchesTheNameRegardlessOfCase() {
    api.registered("MixedCase");

    Reply reply = api.login("mIXEDcASE", "correct horse battery");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().path("user").path("username").asText()).isEqualTo("MixedCase");
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() {
    api.registered("knownuser");

    Reply wrongPassword = api.login("knownuser", "not the password");
    Reply unknownUser = api.login("nobody-here", "not the password");

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownUser.status()).isEqualTo(401);
    assertThat(wrongPassword.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
  }

  @Test
  void theEleventhLoginAttemptInAMinuteIsRateLimited() {
    api.registered("hammered");
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(api.login("hammered", "wrong password " + attempt).errorCode())
          .isEqualTo("INVALID_CREDENTIALS");
    }

    Reply limited = api.login("HAMMERED", "correct horse battery");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
    assertThat(limited.body().path("error").path("retryAfterMs").asLong()).isPositive();
    assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    assertThat(api.login("otheruser-not-limited", "whatever pw").errorCode())
        .isEqualTo("INVALID_CREDENTIALS");
  }

  @Test
  void refreshRotatesTheRefreshToken() {
    Login login = api.registered("rotator");

    Reply refreshed = refresh(login.refreshToken());

    assertThat(refreshed.status()).isEqualTo(200);
    String next = refreshed.body().path("refreshToken").asText();
    assertThat(next).isNotEqualTo(login.refreshToken());
    assertThat(api.get("/api/users/me", refreshed.body().path("accessToken").asText()).status())
        .isEqualTo(200);
    assertThat(refresh(next).status()).isEqualTo(200);
  }

  @Test
  void reusingARotatedRefreshTokenRevokesTheWholeSession() {
    Login login = api.registered("leaky");
    Reply rotated = refresh(login.refreshToken());
    String newRefresh = rotated.body().path("refreshToken").asText();
    String newAccess = rotated.body().path("accessToken").asText();

    Reply reuse = refresh(login.refreshToken());

    assertThat(reuse.status()).isEqualTo(401);
    assertThat(reuse.errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(refresh(newRefresh).errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(api.get("/api/users/me", newAccess).errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(api.get("/api/users/me", login.accessToken()).errorCode()).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void anAccessTokenIsNotARefreshTokenNorTheOtherWayRound() {
    Login login = api.registered("kinds");

    assertThat(refresh(login.accessToken()).errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(api.get("/api/users/me", login.refreshToken()).errorCode())
        .isEqualTo("UNAUTHORIZED");
    assertInvalid(api.post("/api/auth/refresh", null, Map.of()), "refreshToken");
  }

  @Test
  void logoutRevokesTheSessionEverywhereAndClosesItsSocketsWithin1s() {
    Login login = api.registered("leaver");
    Login otherDevice = ApiClient.login(api.login("leaver", "correct horse battery"));
    try (SocketClient socket = server.openSocket(login.accessToken());
        SocketClient otherSocket = server.openSocket(otherDevice.accessToken())) {
      socket.ok("ping");
      otherSocket.ok("ping");

      Reply logout =
          api.post(
              "/api/auth/logout",
              login.accessToken(),
              Map.of("refreshToken", login.refreshToken()));

      assertThat(logout.status()).isEqualTo(204);
      SocketClient.Close close = socket.awaitClose(Duration.ofSeconds(1));
      assertThat(close.code()).isEqualTo(4401);
      assertThat(close.reason()).isEqualTo("UNAUTHORIZED");
      assertThat(api.get("/api/users/me", login.accessToken()).errorCode())
          .isEqualTo("UNAUTHORIZED");
      assertThat(refresh(login.refreshToken()).errorCode()).isEqualTo("UNAUTHORIZED");
      try (SocketClient again = server.openSocket(login.accessToken())) {
        assertThat(again.awaitClose(Duration.ofSeconds(2)).code()).isEqualTo(4401);
      }
      assertThat(otherSocket.ok("ping")).isNotNull();
      assertThat(api.get("/api/users/me", otherDevice.accessToken()).status()).isEqualTo(200);
    }
  }

  @Test
  void logoutNeedsABearerToken() {
    assertThat(api.post("/api/auth/logout", null, "").errorCode()).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void sessionsAreListedWithTheCurrentOneMarkedAndCanBeRevoked() {
    Login first = api.registered("multi");
    Login second = ApiClient.login(api.login("multi", "correct horse battery"));

    Reply list = api.get("/api/auth/sessions", second.accessToken());

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body().path("sessions")).hasSize(2);
    String firstSessionId = null;
    for (var session : list.body().path("sessions")) {
      assertThat(session.path("userAgent").asText()).isEqualTo("chat-tests");
      assertThat(session.path("createdAt").asLong()).isPositive();
      assertThat(session.path("lastUsedAt").asLong()).isPositive();
      if (!session.path("current").asBoolean()) {
        firstSessionId = session.path("sessionId").asText();
      }
    }
    assertThat(firstSessionId).isNotNull();

    assertThat(api.delete("/api/auth/sessions/" + firstSessionId, second.accessToken()).status())
        .isEqualTo(204);

    assertThat(api.get("/api/users/me", first.accessToken()).errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(api.get("/api/auth/sessions", second.accessToken()).body().path("sessions"))
        .hasSize(1);
  }

  @Test
  void nobodyCanRevokeAnotherUsersSession() {
    Login victim = api.registered("victim");
    Login attacker = api.registered("attacker");
    String victimSession =
        api.get("/api/auth/sessions", victim.accessToken())
            .body()
            .path("sessions")
            .get(0)
            .path("sessionId")
            .asText();

    Reply reply = api.delete("/api/auth/sessions/" + victimSession, attacker.accessToken());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
    assertThat(api.get("/api/users/me", victim.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void missingMalformedAndForgedTokensAreUnauthorized() {
    Login login = api.registered("forgery");
    String forged =
        JWT.create()
            .withIssuer(TokenService.ISSUER)
            .withSubject(login.userId())
            .withClaim("sid", "s_whatever")
            .withClaim("typ", "access")
            .withIssuedAt(Instant.now())
            .withExpiresAt(Instant.now().plusSeconds(600))
            .sign(Algorithm.HMAC256("not the server's secret at all, no"));

    assertThat(api.get("/api/users/me", null).errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(api.get("/api/users/me", "not-a-jwt").errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(api.get("/api/users/me", forged).errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(api.get("/api/users/me", unsigned(login.accessToken())).errorCode())
        .isEqualTo("UNAUTHORIZED");
  }

  @Test
  void aWellSignedExpiredAccessTokenIsTokenExpired() {
    Login login = api.registered("latecomer");
    String sessionId = JWT.decode(login.accessToken()).getClaim("sid").asString();

    Reply reply = api.get("/api/users/me", Tokens.expiredAccess(login.userId(), sessionId));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.errorCode()).isEqualTo("TOKEN_EXPIRED");
  }

  /** The same claims with {@code alg: none} and no signature. */
  private static String unsigned(String token) {
    String[] parts = token.split("\\.");
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    return header + "." + parts[1] + ".";
  }

  private static Reply refresh(String refreshToken) {
    return api.post("/api/auth/refresh", null, Map.of("refreshToken", refreshToken));
  }

  private static void assertInvalid(Reply reply, String field) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    assertThat(reply.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(reply.body().path("error").path("message").asText()).isNotBlank();
    if (field != null) {
      assertThat(reply.body().path("error").path("field").asText()).isEqualTo(field);
    }
  }
}
