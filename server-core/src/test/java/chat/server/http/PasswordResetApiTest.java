package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.AdminApi;
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

/**
 * {@code POST /api/admin/accounts/{id}/password} and {@code POST /api/auth/password/renew}: a
 * temporary password an admin sets, which the account must replace at its next login.
 */
class PasswordResetApiTest {

  private static final String PASSWORD = AdminApi.PASSWORD;
  private static final String TEMPORARY = "temporary password 1";
  private static final String CHOSEN = "my own password again";

  @RegisterExtension static final TestServer server = TestServer.create();
  static AdminApi api;

  @BeforeAll
  static void start() {
    api = AdminApi.ownedServer(server);
  }

  private static Reply reset(Login caller, Login target, String password) {
    return api.here.post(
        "/api/admin/accounts/" + target.userId() + "/password",
        caller.accessToken(),
        Map.of("password", password));
  }

  private static Reply renew(String username, String password, String newPassword) {
    return api.there.post(
        "/api/auth/password/renew",
        null,
        Map.of("username", username, "password", password, "newPassword", newPassword));
  }

  @Test
  void aResetRevokesSessionsClosesSocketsAndTheTemporaryPasswordMustBeReplaced() {
    Login admin = api.admin("resetter");
    Login lena = api.here.registered("lena");
    Login lenaElsewhere = ApiClient.login(api.there.login("lena", PASSWORD));
    try (SocketClient socket = server.connect(lenaElsewhere)) {

      Reply reset = reset(admin, lena, TEMPORARY);

      assertThat(reset.status()).isEqualTo(200);
      assertThat(reset.body().path("userId").asText()).isEqualTo(lena.userId());
      assertThat(reset.body().path("sessionCount").asInt()).isZero();
      assertThat(socket.awaitClose(Duration.ofSeconds(1)).code()).isEqualTo(4401);
    }
    assertThat(api.there.get("/api/users/me", lena.accessToken()).errorCode())
        .isEqualTo("UNAUTHORIZED");
    assertThat(api.there.login("lena", PASSWORD).errorCode()).isEqualTo("INVALID_CREDENTIALS");
    Reply temporary = api.there.login("lena", TEMPORARY);
    assertThat(temporary.status()).isEqualTo(403);
    assertThat(temporary.errorCode()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
    assertThat(temporary.body().has("accessToken")).isFalse();
    assertThat(api.account(lena).path("sessionCount").asInt()).isZero();

    Reply renewed = renew("lena", TEMPORARY, CHOSEN);

    assertThat(renewed.status()).isEqualTo(200);
    Login renewedLogin = ApiClient.login(renewed);
    assertThat(api.here.get("/api/users/me", renewedLogin.accessToken()).status()).isEqualTo(200);
    assertThat(api.here.login("lena", CHOSEN).status()).isEqualTo(200);
    assertThat(api.here.login("lena", TEMPORARY).errorCode()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(renew("lena", CHOSEN, "yet another password").errorCode()).isEqualTo("FORBIDDEN");
  }

  @Test
  void aRenewalThatKeepsTheTemporaryPasswordOrGetsItWrongChangesNothing() {
    Login milo = api.here.registered("milo");
    reset(api.owner, milo, TEMPORARY);

    Reply same = renew("milo", TEMPORARY, TEMPORARY);
    Reply wrong = renew("milo", "not the temporary one", CHOSEN);
    Reply weak = renew("milo", TEMPORARY, "short");

    assertThat(same.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(same.body().path("error").path("field").asText()).isEqualTo("newPassword");
    assertThat(wrong.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(weak.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(api.here.login("milo", TEMPORARY).errorCode()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
    assertThat(api.here.login("milo", CHOSEN).errorCode()).isEqualTo("INVALID_CREDENTIALS");
  }

  @Test
  void noResetOfTheOwnerOfOneselfOfAPeerOrByAMemberAndNothingChanges() {
    Login admin = api.admin("nina");
    Login peer = api.admin("oscar");
    Login member = api.here.registered("pia");
    int resetsBefore = api.audit("password_reset").size();

    assertThat(reset(admin, api.owner, TEMPORARY).errorCode()).isEqualTo("FORBIDDEN");
    assertThat(reset(admin, admin, TEMPORARY).errorCode()).isEqualTo("FORBIDDEN");
    assertThat(reset(admin, peer, TEMPORARY).errorCode()).isEqualTo("FORBIDDEN");
    assertThat(reset(member, peer, TEMPORARY).errorCode()).isEqualTo("FORBIDDEN");
    assertThat(reset(api.owner, api.owner, TEMPORARY).errorCode()).isEqualTo("FORBIDDEN");

    for (String name : new String[] {"owner", "nina", "oscar"}) {
      assertThat(api.there.login(name, PASSWORD).status()).as(name).isEqualTo(200);
      assertThat(api.there.login(name, TEMPORARY).errorCode())
          .as(name)
          .isEqualTo("INVALID_CREDENTIALS");
    }
    assertThat(api.there.get("/api/users/me", admin.accessToken()).status()).isEqualTo(200);
    assertThat(api.there.get("/api/users/me", member.accessToken()).status()).isEqualTo(200);
    assertThat(api.audit("password_reset")).hasSize(resetsBefore);
  }

  @Test
  void aWeakTemporaryPasswordOrAnUnknownAccountIsRefusedAndChangesNothing() {
    Login quinn = api.here.registered("quinn");

    Reply weak = reset(api.owner, quinn, "short");
    Reply unknown =
        api.here.post(
            "/api/admin/accounts/u_nobody/password",
            api.owner.accessToken(),
            Map.of("password", TEMPORARY));
    Reply missing =
        api.here.post(
            "/api/admin/accounts/" + quinn.userId() + "/password",
            api.owner.accessToken(),
            Map.of());

    assertThat(weak.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(weak.body().path("error").path("field").asText()).isEqualTo("password");
    assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
    assertThat(missing.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(api.there.login("quinn", PASSWORD).status()).isEqualTo(200);
    assertThat(api.there.get("/api/users/me", quinn.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void theResetOfADeletedAccountIsNotFoundAndChangesNothing() {
    Login gone = api.here.registered("gone");
    assertThat(
            api.here
                .delete("/api/users/me", gone.accessToken(), Map.of("password", PASSWORD))
                .status())
        .isEqualTo(204);
    int resetsBefore = api.audit("password_reset").size();

    Reply reset = reset(api.owner, gone, TEMPORARY);

    assertThat(reset.status()).isEqualTo(404);
    assertThat(reset.errorCode()).isEqualTo("NOT_FOUND");
    assertThat(api.audit("password_reset")).hasSize(resetsBefore);
    assertThat(api.there.login("gone", TEMPORARY).errorCode()).isEqualTo("INVALID_CREDENTIALS");
  }
}
