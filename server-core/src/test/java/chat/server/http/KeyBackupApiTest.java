package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The key backup over HTTP (docs/E2EE.md): versions, items paged by id, each refusal with its code
 * and the backup unchanged, and each user reaching only their own.
 */
class KeyBackupApiTest {

  private static final Map<String, Object> AUTH_DATA = Map.of("check", "Y2hlY2s", "salt", "c2FsdA");

  @RegisterExtension static final TestServer server = TestServer.create();
  ApiClient api;
  Login alice;
  Login bob;

  @BeforeEach
  void twoUsers() {
    api = server.api();
    alice = api.registered(TwoMembers.uniqueName("kbalice"));
    bob = api.registered(TwoMembers.uniqueName("kbbob"));
  }

  private String create(Login who) {
    Reply created =
        api.put(
            "/api/keys/backup",
            who.accessToken(),
            Map.of("algorithm", "chat.backup.v1", "authData", AUTH_DATA));
    assertThat(created.status()).isEqualTo(200);
    return created.body().path("version").asText();
  }

  private Reply upload(Login who, String version, List<Map<String, String>> items) {
    return api.put(
        "/api/keys/backup/items", who.accessToken(), Map.of("version", version, "items", items));
  }

  private static Map<String, String> item(String id, String data) {
    return Map.of("itemId", id, "data", data);
  }

  private static String field(Reply reply) {
    return reply.body().path("error").path("field").asText();
  }

  @Test
  void aBackupIsCreatedFilledAndReadBackInPagesByItemId() {
    String version = create(alice);

    Reply uploaded =
        upload(
            alice,
            version,
            List.of(item("session-c", "Y2Nj"), item("session-a", "YWFh"), item("identity", "aWQ")));
    Reply info = api.get("/api/keys/backup", alice.accessToken());
    Reply first =
        api.get("/api/keys/backup/items?version=" + version + "&limit=2", alice.accessToken());
    Reply second =
        api.get(
            "/api/keys/backup/items?version="
                + version
                + "&after="
                + first.body().path("next").asText(),
            alice.accessToken());

    assertThat(uploaded.status()).isEqualTo(200);
    assertThat(uploaded.body().path("count").asLong()).isEqualTo(3);
    assertThat(info.body().path("version").asText()).isEqualTo(version);
    assertThat(info.body().path("algorithm").asText()).isEqualTo("chat.backup.v1");
    assertThat(info.body().path("authData").path("salt").asText()).isEqualTo("c2FsdA");
    assertThat(info.body().path("count").asLong()).isEqualTo(3);
    assertThat(first.body().path("items").findValuesAsText("itemId"))
        .containsExactly("identity", "session-a");
    assertThat(first.body().path("next").asText()).isEqualTo("session-a");
    assertThat(second.body().path("items").findValuesAsText("itemId")).containsExactly("session-c");
    assertThat(second.body().path("next").isNull()).isTrue();
  }

  @Test
  void aNewVersionDropsTheItemsAndAnUploadToTheOldOneIsRefused() {
    String old = create(alice);
    upload(alice, old, List.of(item("session-a", "YWFh")));
    String current = create(alice);

    Reply stale = upload(alice, old, List.of(item("session-b", "YmJi")));
    Reply staleRead = api.get("/api/keys/backup/items?version=" + old, alice.accessToken());

    assertThat(current).isNotEqualTo(old);
    assertThat(stale.status()).isEqualTo(400);
    assertThat(stale.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(field(stale)).isEqualTo("version");
    assertThat(field(staleRead)).isEqualTo("version");
    assertThat(api.get("/api/keys/backup", alice.accessToken()).body().path("count").asLong())
        .isZero();
  }

  @Test
  void malformedBackupsAndItemsAreRefusedByTheirFieldAndStoreNothing() {
    String version = create(alice);

    Reply algorithm =
        api.put(
            "/api/keys/backup",
            alice.accessToken(),
            Map.of("algorithm", "other", "authData", AUTH_DATA));
    Reply notAnObject =
        api.put(
            "/api/keys/backup",
            alice.accessToken(),
            Map.of("algorithm", "chat.backup.v1", "authData", List.of(1)));
    Reply tooLarge =
        api.put(
            "/api/keys/backup",
            alice.accessToken(),
            Map.of("algorithm", "chat.backup.v1", "authData", Map.of("x", "y".repeat(4100))));
    Reply badId = upload(alice, version, List.of(item("s".repeat(65), "YWFh")));
    Reply badData = upload(alice, version, List.of(item("session-a", "YWFh==")));
    Reply bigData = upload(alice, version, List.of(item("session-a", "A".repeat(16_385))));

    assertThat(field(algorithm)).isEqualTo("algorithm");
    assertThat(field(notAnObject)).isEqualTo("authData");
    assertThat(field(tooLarge)).isEqualTo("authData");
    for (Reply item : List.of(badId, badData, bigData)) {
      assertThat(item.errorCode()).isEqualTo("INVALID_INPUT");
      assertThat(field(item)).isEqualTo("items");
    }
    assertThat(badId.body().path("error").path("message").asText()).contains("itemId");
    Reply info = api.get("/api/keys/backup", alice.accessToken());
    assertThat(info.body().path("version").asText()).isEqualTo(version);
    assertThat(info.body().path("count").asLong()).isZero();
  }

  @Test
  void eachUserReachesOnlyTheirOwnBackupAndADeletedOneIsGone() {
    String version = create(alice);
    upload(alice, version, List.of(item("session-a", "YWFh")));

    assertThat(api.get("/api/keys/backup", bob.accessToken()).status()).isEqualTo(404);
    assertThat(upload(bob, version, List.of(item("session-b", "YmJi"))).status()).isEqualTo(400);
    assertThat(api.delete("/api/keys/backup", bob.accessToken()).status()).isEqualTo(404);
    assertThat(api.get("/api/keys/backup", alice.accessToken()).body().path("count").asLong())
        .isEqualTo(1);

    assertThat(api.delete("/api/keys/backup", alice.accessToken()).status()).isEqualTo(204);

    assertThat(api.get("/api/keys/backup", alice.accessToken()).errorCode()).isEqualTo("NOT_FOUND");
    assertThat(api.get("/api/keys/backup/items?version=" + version, alice.accessToken()).status())
        .isEqualTo(404);
  }
}
