package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.AdminApi;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/admin/audit}: what admins did, with who, when, what and from which address. With
 * two nodes one node acts and the other reads the log.
 */
class AuditLogApiTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  static AdminApi api;

  @BeforeAll
  static void start() {
    api = AdminApi.ownedServer(server);
  }

  private static JsonNode newest(String action) {
    List<JsonNode> entries = api.audit(action);
    assertThat(entries).as("entries of %s", action).isNotEmpty();
    return entries.getFirst();
  }

  private static Reply page(Login caller, String query) {
    return api.there.get("/api/admin/audit" + query, caller.accessToken());
  }

  @Test
  void everyAdminActionIsRecordedWithWhoWhatWhenAndTheAddress() {
    long before = System.currentTimeMillis();
    Login target = api.here.registered("audited");
    api.role(api.owner, target, "admin");
    api.role(api.owner, target, "member");
    api.act(api.owner, target, "deactivate");
    api.act(api.owner, target, "reactivate");
    api.here.post(
        "/api/admin/accounts/" + target.userId() + "/password",
        api.owner.accessToken(),
        Map.of("password", "a temporary password"));
    api.here.post("/api/admin/registration", api.owner.accessToken(), Map.of("mode", "invite"));
    api.here.post("/api/admin/registration", api.owner.accessToken(), Map.of("mode", "open"));
    String code = api.newInvite(3);
    api.here.delete("/api/admin/invites/" + code, api.owner.accessToken());

    JsonNode roleChange = newest("role_changed");
    assertThat(roleChange.path("actorId").asText()).isEqualTo(api.owner.userId());
    assertThat(roleChange.path("target").asText()).isEqualTo(target.userId());
    assertThat(roleChange.path("detail").asText()).isEqualTo("member");
    assertThat(roleChange.path("address").asText()).isEqualTo("127.0.0.1");
    assertThat(roleChange.path("at").asLong()).isGreaterThanOrEqualTo(before);
    assertThat(newest("account_deactivated").path("target").asText()).isEqualTo(target.userId());
    assertThat(newest("account_reactivated").path("target").asText()).isEqualTo(target.userId());
    assertThat(newest("password_reset").path("target").asText()).isEqualTo(target.userId());
    assertThat(newest("registration_mode_changed").path("detail").asText()).isEqualTo("open");
    assertThat(newest("invite_created").path("target").asText()).isEqualTo(code);
    assertThat(newest("invite_revoked").path("target").asText()).isEqualTo(code);
    assertThat(newest("invite_revoked").has("detail")).isFalse();
  }

  @Test
  void turningTwoFactorSignInForEveryoneOnAndOffIsRecordedWithTheAdminAndAddress() {
    int before = api.audit("two_factor_requirement_changed").size();

    Reply on =
        api.here.post("/api/admin/two-factor", api.owner.accessToken(), Map.of("required", true));
    Reply off =
        api.here.post("/api/admin/two-factor", api.owner.accessToken(), Map.of("required", false));

    assertThat(on.status()).isEqualTo(200);
    assertThat(off.status()).isEqualTo(200);
    List<JsonNode> changes = api.audit("two_factor_requirement_changed");
    assertThat(changes).hasSize(before + 2);
    assertThat(changes.get(0).path("detail").asText()).isEqualTo("optional");
    assertThat(changes.get(1).path("detail").asText()).isEqualTo("required");
    assertThat(changes.getFirst().path("actorId").asText()).isEqualTo(api.owner.userId());
    assertThat(changes.getFirst().path("address").asText()).isEqualTo("127.0.0.1");
    assertThat(changes.getFirst().has("target")).isFalse();
  }

  @Test
  void theLogIsPagedNewestFirstByNextBefore() {
    for (int i = 0; i < 5; i++) {
      api.newInvite(1);
    }
    List<Long> ids = new ArrayList<>();
    String query = "?limit=2";
    for (int pages = 0; pages < 100; pages++) {
      JsonNode page = page(api.owner, query).body();
      page.path("entries").forEach(entry -> ids.add(entry.path("id").asLong()));
      if (!page.has("nextBefore")) {
        break;
      }
      assertThat(page.path("entries").size()).isEqualTo(2);
      query = "?limit=2&before=" + page.path("nextBefore").asLong();
    }

    assertThat(ids).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
    assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(page(api.owner, "").body().path("entries").size())
        .isEqualTo(Math.min(ids.size(), 50));
  }

  @Test
  void aMemberNeitherReadsTheLogNorAddsToItByRefusedAdminCalls() {
    Login member = api.here.registered("nosy");
    api.newInvite(1);
    int before = api.audit().size();
    long newestBefore = api.audit().getFirst().path("id").asLong();

    Reply read = page(member, "");
    api.role(member, member, "admin");
    api.act(member, api.owner, "deactivate");
    api.here.post("/api/admin/registration", member.accessToken(), Map.of("mode", "closed"));
    api.makeInvite(member, 1);

    assertThat(read.status()).isEqualTo(403);
    assertThat(read.errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.audit()).hasSize(before);
    assertThat(api.audit().getFirst().path("id").asLong()).isEqualTo(newestBefore);
  }

  @Test
  void badPagingParametersAreInvalidInputNamingTheField() {
    api.newInvite(1);

    for (String query :
        List.of("?limit=0", "?limit=101", "?limit=ten", "?before=0", "?before=-3", "?before=x")) {
      Reply refused = page(api.owner, query);
      assertThat(refused.status()).as(query).isEqualTo(400);
      assertThat(refused.errorCode()).as(query).isEqualTo("INVALID_INPUT");
      assertThat(refused.body().path("error").path("field").asText())
          .as(query)
          .isEqualTo(query.substring(1, query.indexOf('=')));
    }
    assertThat(page(api.owner, "?limit=100").status()).isEqualTo(200);
  }
}
