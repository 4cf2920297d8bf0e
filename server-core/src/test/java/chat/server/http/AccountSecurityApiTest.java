package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/auth/password} and {@code POST /api/auth/logout-all}. */
class AccountSecurityApiTest {

  private static final String PASSWORD = "correct horse battery";
  private static final String NEW_PASSWORD = "a brand new passphrase";

  @RegisterExtension static final TestServer server = TestServer.create();
  static ApiClient api;

  @BeforeAll
  static void start() {
    api = server.api();
  }

  @Test
  void changingThePasswordSignsOutTheOtherSessionsAndKeepsThisOne() {
    Login here = api.registered("changer");
    Login elsewhere = ApiClient.login(api.login("changer", PASSWORD));
    try (SocketClient hereSocket = server.openSocket(here.accessToken());
        SocketClient elsewhereSocket = server.openSocket(elsewhere.accessToken())) {
      hereSocket.ok("ping");
      elsewhereSocket.ok("ping");

      Reply changed = change(here, PASSWORD, NEW_PASSWORD);

      assertThat(changed.status()).isEqualTo(204);
      assertThat(elsewhereSocket.awaitClose(Duration.ofSeconds(1)).code()).isEqualTo(4401);
      assertThat(refresh(elsewhere).errorCode()).isEqualTo("UNAUTHORIZED");
      assertThat(hereSocket.ok("ping")).isNotNull();
      assertThat(api.get("/api/users/me", here.accessToken()).status()).isEqualTo(200);
      assertThat(refresh(here).status()).isEqualTo(200);
      assertThat(api.login("changer", PASSWORD).errorCode()).isEqualTo("INVALID_CREDENTIALS");
      assertThat(api.login("changer", NEW_PASSWORD).status()).isEqualTo(200);
    }
  }

  @Test
  void aWrongCurrentPasswordIsInvalidCredentialsAndChangesNothing() {
    Login here = api.registered("forgetful");
    Login elsewhere = ApiClient.login(api.login("forgetful", PASSWORD));

    Reply refused = change(here, "not the password", NEW_PASSWORD);

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(api.login("forgetful", NEW_PASSWORD).errorCode()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(api.get("/api/users/me", elsewhere.accessToken()).status()).isEqualTo(200);
    assertThat(api.get("/api/users/me", here.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void aWeakNewPasswordIsInvalidInputWithTheRulesOfRegisterAndChangesNothing() {
    Login here = api.registered("weakling");
    Login elsewhere = ApiClient.login(api.login("weakling", PASSWORD));

    for (String weak : new String[] {"short", "x".repeat(129), "é".repeat(40)}) {
      Reply refused = change(here, PASSWORD, weak);
      assertThat(refused.errorCode()).isEqualTo("INVALID_INPUT");
      assertThat(refused.body().path("error").path("field").asText()).isEqualTo("newPassword");
    }
    assertThat(api.post("/api/auth/password", here.accessToken(), Map.of()).errorCode())
        .isEqualTo("INVALID_INPUT");

    assertThat(api.login("weakling", PASSWORD).status()).isEqualTo(200);
    assertThat(api.get("/api/users/me", elsewhere.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void passwordChangesAreRateLimitedLikeLoginsAndShareTheirCount() {
    Login here = api.registered("guesser");
    Login elsewhere = ApiClient.login(api.login("guesser", PASSWORD));
    for (int i = 1; i < 10; i++) {
      assertThat(change(here, "guess number " + i, NEW_PASSWORD).errorCode())
          .isEqualTo("INVALID_CREDENTIALS");
    }

    Reply limited = change(here, PASSWORD, NEW_PASSWORD);

    assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
    assertThat(limited.header("Retry-After")).isNotNull();
    assertThat(api.login("guesser", PASSWORD).errorCode()).isEqualTo("RATE_LIMITED");
    assertThat(api.get("/api/users/me", elsewhere.accessToken()).status())
        .as("the refused change signed nobody out")
        .isEqualTo(200);
  }

  @Test
  void logoutAllEndsEverySessionOfTheUserAndClosesTheirSockets() {
    Login one = api.registered("everywhere");
    Login two = ApiClient.login(api.login("everywhere", PASSWORD));
    Login bystander = api.registered("bystander");
    try (SocketClient oneSocket = server.openSocket(one.accessToken());
        SocketClient twoSocket = server.openSocket(two.accessToken());
        SocketClient bystanderSocket = server.openSocket(bystander.accessToken())) {
      oneSocket.ok("ping");
      twoSocket.ok("ping");

      Reply out = api.post("/api/auth/logout-all", one.accessToken(), "");

      assertThat(out.status()).isEqualTo(204);
      assertThat(oneSocket.awaitClose(Duration.ofSeconds(1)).code()).isEqualTo(4401);
      assertThat(twoSocket.awaitClose(Duration.ofSeconds(1)).code()).isEqualTo(4401);
      for (Login session : new Login[] {one, two}) {
        assertThat(api.get("/api/users/me", session.accessToken()).errorCode())
            .isEqualTo("UNAUTHORIZED");
        assertThat(refresh(session).errorCode()).isEqualTo("UNAUTHORIZED");
      }
      assertThat(bystanderSocket.ok("ping")).isNotNull();
      assertThat(api.get("/api/users/me", bystander.accessToken()).status()).isEqualTo(200);
      assertThat(api.login("everywhere", PASSWORD).status()).isEqualTo(200);
    }
  }

  @Test
  void passwordChangeAndLogoutAllNeedALogin() {
    assertThat(
            api.post(
                    "/api/auth/password",
                    null,
                    Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .errorCode())
        .isEqualTo("UNAUTHORIZED");
    assertThat(api.post("/api/auth/logout-all", null, "").errorCode()).isEqualTo("UNAUTHORIZED");
  }

  private static Reply change(Login login, String current, String next) {
    return api.post(
        "/api/auth/password",
        login.accessToken(),
        Map.of("currentPassword", current, "newPassword", next));
  }

  private static Reply refresh(Login login) {
    return api.post("/api/auth/refresh", null, Map.of("refreshToken", login.refreshToken()));
  }
}
