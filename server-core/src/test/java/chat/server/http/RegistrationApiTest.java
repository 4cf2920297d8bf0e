package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.AdminApi;
import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The registration mode and invites over {@code /api/admin/registration}, {@code
 * /api/admin/invites} and register. With two nodes, one client sets and the other registers.
 */
class RegistrationApiTest {

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

  @AfterEach
  void reopenRegistration() {
    setMode(owner, "open");
  }

  private static Reply setMode(Login caller, String mode) {
    return here.post("/api/admin/registration", caller.accessToken(), Map.of("mode", mode));
  }

  private static String mode() {
    return there.get("/api/admin/registration", owner.accessToken()).body().path("mode").asText();
  }

  private static Reply register(ApiClient client, String name, String invite) {
    Map<String, Object> body = new HashMap<>(Map.of("username", name, "password", PASSWORD));
    if (invite != null) {
      body.put("invite", invite);
    }
    return client.post("/api/auth/register", null, body);
  }

  private static void assertNotRegistered(String name) {
    assertThat(there.login(name, PASSWORD).errorCode()).isEqualTo("INVALID_CREDENTIALS");
  }

  @Test
  void registrationIsOpenByDefaultAndAnAdminsChangeCountsOnEveryNode() {
    assertThat(mode()).isEqualTo("open");
    assertThat(there.get("/api/info", null).body().path("registration").asText()).isEqualTo("open");

    Reply changed = setMode(owner, "invite");

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().path("mode").asText()).isEqualTo("invite");
    assertThat(mode()).isEqualTo("invite");
    assertThat(there.get("/api/info", null).body().path("registration").asText())
        .isEqualTo("invite");
    assertThat(register(there, "uninvited", null).errorCode()).isEqualTo("INVITE_REQUIRED");
  }

  @Test
  void aClosedServerRefusesEveryRegistrationAndStoresNothing() {
    String code = api.newInvite(5);
    setMode(owner, "closed");

    Reply refused = register(there, "latecomer", null);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo("REGISTRATION_CLOSED");
    assertThat(register(there, "latecomer", code).errorCode()).isEqualTo("REGISTRATION_CLOSED");
    assertNotRegistered("latecomer");
    assertThat(api.invite(code).path("used").asInt()).isZero();
  }

  @Test
  void aValidInviteAdmitsAMemberAndCountsOneUse() {
    String code = api.newInvite(2);
    setMode(owner, "invite");

    Reply registered = register(there, "invited", code);

    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.body().path("role").asText()).isEqualTo("member");
    JsonNode invite = api.invite(code);
    assertThat(invite.path("used").asInt()).isEqualTo(1);
    assertThat(invite.path("maxUses").asInt()).isEqualTo(2);
    assertThat(invite.path("createdBy").asText()).isEqualTo(owner.userId());
    assertThat(invite.path("expiresAt").asLong() - invite.path("createdAt").asLong())
        .isEqualTo(3_600_000);
  }

  @Test
  void badInvitesAreRefusedWithTheirCodesAndStoreNothing() {
    String code = api.newInvite(1);
    setMode(owner, "invite");
    assertThat(register(there, "first", code).status()).isEqualTo(201);

    Reply usedUp = register(there, "second", code);
    Reply unknown = register(there, "third", "i_nosuchinvite");
    Reply missing = register(there, "fourth", null);

    assertThat(usedUp.status()).isEqualTo(410);
    assertThat(usedUp.errorCode()).isEqualTo("INVITE_USED_UP");
    assertThat(unknown.status()).isEqualTo(403);
    assertThat(unknown.errorCode()).isEqualTo("INVITE_INVALID");
    assertThat(missing.errorCode()).isEqualTo("INVITE_REQUIRED");
    assertNotRegistered("second");
    assertNotRegistered("third");
    assertNotRegistered("fourth");
    assertThat(api.invite(code).path("used").asInt()).isEqualTo(1);
  }

  @Test
  void aTakenNameWithAValidInviteTakesNoUse() {
    here.registered("taken");
    String code = api.newInvite(1);
    setMode(owner, "invite");

    assertThat(register(there, "TAKEN", code).errorCode()).isEqualTo("USERNAME_TAKEN");

    assertThat(api.invite(code).path("used").asInt()).isZero();
  }

  /** Registrations racing for an invite's last use, over both nodes: exactly one gets in. */
  @Test
  void theLastUseAdmitsExactlyOneOfRacingRegistrations() throws Exception {
    String code = api.newInvite(1);
    setMode(owner, "invite");
    int racers = 6;
    List<ApiClient> clients = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      clients.add(server.api());
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Reply>> replies = new ArrayList<>();
    List<String> outcomes = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < racers; i++) {
        ApiClient client = clients.get(i);
        String name = "racer" + i;
        replies.add(
            executor.submit(
                () -> {
                  go.await();
                  return register(client, name, code);
                }));
      }
      go.countDown();
      for (Future<Reply> reply : replies) {
        Reply answer = reply.get(30, TimeUnit.SECONDS);
        outcomes.add(answer.status() == 201 ? "in" : answer.errorCode());
      }
    } finally {
      clients.forEach(ApiClient::close);
    }

    assertThat(outcomes).filteredOn("in"::equals).hasSize(1);
    assertThat(outcomes).filteredOn("INVITE_USED_UP"::equals).hasSize(racers - 1);
    assertThat(api.invite(code).path("used").asInt()).isEqualTo(1);
  }

  @Test
  void aMemberMayNeitherSeeNorChangeRegistrationNorMakeInvites() {
    Login member = here.registered("plain");
    int invitesBefore =
        there.get("/api/admin/invites", owner.accessToken()).body().path("invites").size();

    assertThat(setMode(member, "closed").errorCode()).isEqualTo("FORBIDDEN");
    assertThat(here.get("/api/admin/registration", member.accessToken()).errorCode())
        .isEqualTo("FORBIDDEN");
    assertThat(here.get("/api/admin/invites", member.accessToken()).errorCode())
        .isEqualTo("FORBIDDEN");
    assertThat(
            here.post(
                    "/api/admin/invites",
                    member.accessToken(),
                    Map.of("maxUses", 1, "expiresInSeconds", 3600))
                .errorCode())
        .isEqualTo("FORBIDDEN");

    assertThat(mode()).isEqualTo("open");
    assertThat(there.get("/api/admin/invites", owner.accessToken()).body().path("invites").size())
        .isEqualTo(invitesBefore);
  }

  @Test
  void badSettingsAreInvalidInputAndChangeNothing() {
    Reply badMode = setMode(owner, "sometimes");
    Reply noUses =
        here.post(
            "/api/admin/invites",
            owner.accessToken(),
            Map.of("maxUses", 0, "expiresInSeconds", 3600));
    Reply forever =
        here.post(
            "/api/admin/invites",
            owner.accessToken(),
            Map.of("maxUses", 1, "expiresInSeconds", 365L * 86_400));

    assertThat(badMode.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(noUses.body().path("error").path("field").asText()).isEqualTo("maxUses");
    assertThat(forever.body().path("error").path("field").asText()).isEqualTo("expiresInSeconds");
    assertThat(mode()).isEqualTo("open");
  }

  @Test
  void aRevokedInviteIsGoneAndThenAnswersInviteInvalid() {
    String code = api.newInvite(5);
    setMode(owner, "invite");

    Reply revoked = here.delete("/api/admin/invites/" + code, owner.accessToken());

    assertThat(revoked.status()).isEqualTo(204);
    assertThat(api.invites()).noneMatch(invite -> invite.path("code").asText().equals(code));
    Reply refused = register(there, "toolate", code);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo("INVITE_INVALID");
    assertNotRegistered("toolate");
  }

  @Test
  void revokingAnUnknownCodeOrAsAMemberIsRefusedAndChangesNothing() {
    Login member = here.registered("revoker");
    String code = api.newInvite(5);
    int invitesBefore = api.invites().size();

    Reply unknown = here.delete("/api/admin/invites/i_nosuchinvite", owner.accessToken());
    Reply byMember = here.delete("/api/admin/invites/" + code, member.accessToken());

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
    assertThat(byMember.errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.invites()).hasSize(invitesBefore);
    assertThat(api.invite(code).path("maxUses").asInt()).isEqualTo(5);
  }
}
