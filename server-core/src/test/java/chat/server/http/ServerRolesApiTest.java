package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.AdminApi;
import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The owner, admins and deactivated accounts over {@code /api/admin/accounts*}. With two nodes the
 * two clients reach different nodes: one acts, the other sees the outcome.
 */
class ServerRolesApiTest {

  private static final String PASSWORD = AdminApi.PASSWORD;

  @RegisterExtension static final TestServer server = TestServer.create();
  static AdminApi api;
  static ApiClient here;
  static ApiClient there;
  static Login owner;

  @BeforeAll
  static void start() {
    api = AdminApi.ownedServer(server);
    here = api.here;
    there = api.there;
    owner = api.owner;
  }

  private static Reply refresh(Login login) {
    return there.post("/api/auth/refresh", null, Map.of("refreshToken", login.refreshToken()));
  }

  @Test
  void laterAccountsAreMembersAndLoginAndRefreshTellTheRole() {
    Reply registered = here.register("newcomer", PASSWORD);
    assertThat(registered.body().path("role").asText()).isEqualTo("member");

    assertThat(there.login("owner", PASSWORD).body().path("role").asText()).isEqualTo("owner");
    assertThat(refresh(ApiClient.login(registered)).body().path("role").asText())
        .isEqualTo("member");
  }

  @Test
  void theOwnerNamesAnAdminAndMakesThemAMemberAgain() {
    Login carol = here.registered("carol");

    Reply named = api.role(owner, carol, "admin");

    assertThat(named.status()).isEqualTo(200);
    assertThat(named.body().path("role").asText()).isEqualTo("admin");
    assertThat(refresh(carol).body().path("role").asText()).isEqualTo("admin");
    assertThat(there.get("/api/admin/accounts", carol.accessToken()).status()).isEqualTo(200);

    assertThat(api.role(owner, carol, "member").body().path("role").asText()).isEqualTo("member");
    assertThat(api.account(carol).path("role").asText()).isEqualTo("member");
    assertThat(there.get("/api/admin/accounts", carol.accessToken()).errorCode())
        .isEqualTo("FORBIDDEN");
  }

  @Test
  void aMemberCallingAdminApisIsForbiddenAndChangesNothing() {
    Login mallory = here.registered("mallory");
    Login victim = here.registered("victim");

    assertThat(here.get("/api/admin/accounts", mallory.accessToken()).status()).isEqualTo(403);
    assertThat(api.role(mallory, mallory, "admin").errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.role(mallory, victim, "admin").errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.act(mallory, victim, "deactivate").errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.act(mallory, owner, "deactivate").errorCode()).isEqualTo("FORBIDDEN");

    assertThat(api.account(mallory).path("role").asText()).isEqualTo("member");
    assertThat(api.account(victim).path("deactivated").asBoolean()).isFalse();
    assertThat(there.get("/api/users/me", victim.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void anAdminActsOnNeitherTheOwnerNorAnotherAdminNorThemselvesAndNamesNoAdmins() {
    Login dana = api.admin("dana");
    Login erin = api.admin("erin");
    Login frank = here.registered("frank");

    assertThat(api.act(dana, owner, "deactivate").errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.act(dana, erin, "deactivate").errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.act(dana, dana, "deactivate").errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.role(dana, frank, "admin").errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.role(dana, erin, "member").errorCode()).isEqualTo("FORBIDDEN");

    assertThat(there.login("owner", PASSWORD).status()).isEqualTo(200);
    assertThat(api.account(erin).path("role").asText()).isEqualTo("admin");
    assertThat(api.account(erin).path("deactivated").asBoolean()).isFalse();
    assertThat(api.account(frank).path("role").asText()).isEqualTo("member");
  }

  @Test
  void theOwnersRoleNeverChangesAndOwnerIsNoRoleToGive() {
    Login gina = here.registered("gina");

    assertThat(api.role(owner, owner, "member").errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.act(owner, owner, "deactivate").errorCode()).isEqualTo("FORBIDDEN");
    Reply refused = api.role(owner, gina, "owner");
    assertThat(refused.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(refused.body().path("error").path("field").asText()).isEqualTo("role");
    assertThat(api.role(owner, gina, "emperor").errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(
            here.post("/api/admin/accounts/u_nobody/deactivate", owner.accessToken(), Map.of())
                .errorCode())
        .isEqualTo("NOT_FOUND");

    assertThat(api.account(owner).path("role").asText()).isEqualTo("owner");
    assertThat(api.account(gina).path("role").asText()).isEqualTo("member");
  }

  @Test
  void deactivationRevokesEverySessionAndClosesSocketsOnEveryNodeAtOnce() {
    Login admin = api.admin("harriet");
    Login ivan = here.registered("ivan");
    Login ivanElsewhere = ApiClient.login(there.login("ivan", PASSWORD));
    try (SocketClient first = server.connect(ivan);
        SocketClient second = server.connect(ivanElsewhere)) {

      Reply deactivated = api.act(admin, ivan, "deactivate");

      assertThat(deactivated.status()).isEqualTo(200);
      assertThat(deactivated.body().path("deactivated").asBoolean()).isTrue();
      assertThat(deactivated.body().path("sessionCount").asInt()).isZero();
      assertThat(first.awaitClose(Duration.ofSeconds(1)).code()).isEqualTo(4401);
      assertThat(second.awaitClose(Duration.ofSeconds(1)).code()).isEqualTo(4401);
    }
    Reply refreshed = refresh(ivanElsewhere);
    assertThat(refreshed.status()).isEqualTo(403);
    assertThat(refreshed.errorCode()).isEqualTo("ACCOUNT_DEACTIVATED");
    assertThat(there.get("/api/users/me", ivan.accessToken()).errorCode())
        .isEqualTo("UNAUTHORIZED");
    assertThat(there.login("ivan", PASSWORD).errorCode()).isEqualTo("ACCOUNT_DEACTIVATED");
    assertThat(there.login("ivan", "a wrong password").errorCode())
        .isEqualTo("INVALID_CREDENTIALS");
    assertThat(api.account(ivan).path("sessionCount").asInt()).isZero();
    assertThat(server.openSocket(ivan.accessToken()).awaitClose(Duration.ofSeconds(2)).code())
        .isEqualTo(4401);
  }

  @Test
  void aReactivatedAccountLogsInAgainButItsOldSessionsStayRevoked() {
    Login jane = here.registered("jane");
    api.act(owner, jane, "deactivate");

    Reply reactivated = api.act(owner, jane, "reactivate");

    assertThat(reactivated.body().path("deactivated").asBoolean()).isFalse();
    assertThat(refresh(jane).errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(there.login("jane", PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void adminsListAccountsWithRoleLastSeenAndSessionCount() {
    Login kim = here.registered("kim");
    here.login("kim", PASSWORD);

    JsonNode listed = api.account(kim);

    assertThat(listed.path("username").asText()).isEqualTo("kim");
    assertThat(listed.path("role").asText()).isEqualTo("member");
    assertThat(listed.path("deactivated").asBoolean()).isFalse();
    assertThat(listed.path("sessionCount").asInt()).isEqualTo(2);
    assertThat(listed.has("lastSeen")).isTrue();
    assertThat(listed.path("createdAt").asLong()).isPositive();
    Reply all = there.get("/api/admin/accounts", owner.accessToken());
    assertThat(all.body().path("accounts").size()).isGreaterThanOrEqualTo(2);
    assertThat(
            there
                .get("/api/admin/accounts?query=" + "k".repeat(33), owner.accessToken())
                .errorCode())
        .isEqualTo("INVALID_INPUT");
  }
}
