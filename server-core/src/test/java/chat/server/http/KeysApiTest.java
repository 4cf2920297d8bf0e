package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Base64Url;
import chat.protocol.ProtocolJson;
import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.DeviceIdentity;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public keys of end-to-end encryption over HTTP (docs/E2EE.md): identity keys, devices tied to
 * sessions, the query, and {@code keys.changed} to exactly the people who share a room; each
 * refusal with its code and the stored keys unchanged.
 */
class KeysApiTest {

  private static final String PASSWORD = "correct horse battery";
  private static final Duration QUIET = Duration.ofMillis(300);

  @RegisterExtension static final TestServer server = TestServer.create();
  ApiClient api;
  TwoMembers members;
  SocketClient outsider;
  DeviceIdentity aliceKeys;

  @BeforeEach
  void aliceAndBobShareARoom() {
    api = server.api();
    members = TwoMembers.inPrivateRoom(server, "keys", "keys");
    outsider = TwoMembers.outsider(server);
    aliceKeys = DeviceIdentity.generate();
  }

  /**
   * A device id of this test: device ids are unique on the server, and every test of the class
   * shares one server.
   */
  private String id(String name) {
    return name + "-" + alice().username();
  }

  private Login alice() {
    return members.alice();
  }

  private Reply setIdentity(Login who, String identityKey) {
    return api.put("/api/keys/identity", who.accessToken(), Map.of("identityKey", identityKey));
  }

  private Reply putDevice(Login who, Map<String, Object> device) {
    return api.put("/api/keys/device", who.accessToken(), device);
  }

  /** What {@code asker} learns of {@code whose} keys; missing when the answer leaves them out. */
  private JsonNode keysOf(Login asker, String whose) {
    Reply reply =
        api.post("/api/keys/query", asker.accessToken(), Map.of("userIds", List.of(whose)));
    assertThat(reply.status()).isEqualTo(200);
    for (JsonNode user : reply.body().path("users")) {
      if (user.path("userId").asText().equals(whose)) {
        return user;
      }
    }
    return reply.body().path("users").path(0);
  }

  private List<String> deviceIdsOf(Login whose) {
    return keysOf(whose, whose.userId()).path("devices").findValuesAsText("deviceId");
  }

  private static String field(Reply reply) {
    return reply.body().path("error").path("field").asText();
  }

  private Login secondSessionOfAlice() {
    return ApiClient.login(api.login(alice().username(), PASSWORD));
  }

  @Test
  void theIdentityKeyIsSetOnceAndTheSameKeyAgainChangesNothing() {
    Reply first = setIdentity(alice(), aliceKeys.publicKey());
    Reply again = setIdentity(alice(), aliceKeys.publicKey());

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().path("identityKey").asText()).isEqualTo(aliceKeys.publicKey());
    assertThat(again.status()).isEqualTo(200);
    assertThat(keysOf(members.bob(), alice().userId()).path("identityKey").asText())
        .isEqualTo(aliceKeys.publicKey());
  }

  @Test
  void aDifferentIdentityKeyNeedsReplaceAndThePasswordAndRemovesEveryDevice() {
    setIdentity(alice(), aliceKeys.publicKey());
    putDevice(alice(), aliceKeys.device(alice().userId(), id("alice-laptop-0001")));
    String newer = DeviceIdentity.generate().publicKey();

    Reply withoutReplace = setIdentity(alice(), newer);
    Reply wrongPassword =
        api.put(
            "/api/keys/identity",
            alice().accessToken(),
            Map.of("identityKey", newer, "replace", true, "password", "not the password"));

    assertThat(withoutReplace.status()).isEqualTo(400);
    assertThat(withoutReplace.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(field(withoutReplace)).isEqualTo("replace");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(keysOf(alice(), alice().userId()).path("identityKey").asText())
        .isEqualTo(aliceKeys.publicKey());
    assertThat(deviceIdsOf(alice())).containsExactly(id("alice-laptop-0001"));

    Reply replaced =
        api.put(
            "/api/keys/identity",
            alice().accessToken(),
            Map.of("identityKey", newer, "replace", true, "password", PASSWORD));

    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.body().path("identityKey").asText()).isEqualTo(newer);
    assertThat(keysOf(alice(), alice().userId()).path("identityKey").asText()).isEqualTo(newer);
    assertThat(deviceIdsOf(alice())).isEmpty();
  }

  @Test
  void aDeviceNeedsAnIdentityKeyAndASignatureByItForThisUser() {
    Map<String, Object> device = aliceKeys.device(alice().userId(), id("alice-laptop-0001"));

    Reply noIdentityYet = putDevice(alice(), device);
    setIdentity(alice(), aliceKeys.publicKey());
    Reply signedByAnother =
        putDevice(
            alice(), DeviceIdentity.generate().device(alice().userId(), id("alice-laptop-0001")));
    Reply signedForBob =
        putDevice(alice(), aliceKeys.device(members.bob().userId(), id("alice-laptop-0001")));

    for (Reply refused : List.of(noIdentityYet, signedByAnother, signedForBob)) {
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.errorCode()).isEqualTo("INVALID_INPUT");
      assertThat(field(refused)).isEqualTo("signature");
    }
    assertThat(deviceIdsOf(alice())).isEmpty();

    Reply stored = putDevice(alice(), device);

    assertThat(stored.status()).isEqualTo(200);
    assertThat(stored.body().path("deviceId").asText()).isEqualTo(id("alice-laptop-0001"));
    assertThat(keysOf(members.bob(), alice().userId()).path("devices").path(0))
        .isEqualTo(ProtocolJson.mapper().valueToTree(device));
  }

  @Test
  void malformedKeysAreRefusedByTheirField() {
    Reply shortKey = setIdentity(alice(), Base64Url.encode(new byte[31]));
    Map<String, Object> badId = aliceKeys.device(alice().userId(), "short");

    assertThat(shortKey.status()).isEqualTo(400);
    assertThat(field(shortKey)).isEqualTo("identityKey");
    setIdentity(alice(), aliceKeys.publicKey());
    assertThat(field(putDevice(alice(), badId))).isEqualTo("deviceId");
    assertThat(deviceIdsOf(alice())).isEmpty();
  }

  @Test
  void aSessionHasOneDeviceAndAnotherSessionCannotTakeItsId() {
    setIdentity(alice(), aliceKeys.publicKey());
    putDevice(alice(), aliceKeys.device(alice().userId(), id("alice-laptop-0001")));
    Login phone = secondSessionOfAlice();

    Reply taken = putDevice(phone, aliceKeys.device(alice().userId(), id("alice-laptop-0001")));
    Reply replaced =
        putDevice(alice(), aliceKeys.device(alice().userId(), id("alice-laptop-0002")));
    Reply phoneOwn = putDevice(phone, aliceKeys.device(alice().userId(), id("alice-phone-00001")));

    assertThat(taken.status()).isEqualTo(400);
    assertThat(field(taken)).isEqualTo("deviceId");
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(phoneOwn.status()).isEqualTo(200);
    assertThat(deviceIdsOf(alice()))
        .containsExactlyInAnyOrder(id("alice-laptop-0002"), id("alice-phone-00001"));
  }

  @Test
  void theQueryAnswersForTheCallerAndWhoSharesARoomWithThemOnly() {
    setIdentity(alice(), aliceKeys.publicKey());
    Login stranger = api.registered(TwoMembers.uniqueName("keysstranger"));
    setIdentity(stranger, DeviceIdentity.generate().publicKey());

    Reply answer =
        api.post(
            "/api/keys/query",
            members.bob().accessToken(),
            Map.of(
                "userIds",
                List.of(alice().userId(), members.bob().userId(), stranger.userId(), "u_nobody")));
    Reply tooMany =
        api.post(
            "/api/keys/query",
            members.bob().accessToken(),
            Map.of("userIds", Collections.nCopies(101, alice().userId())));

    assertThat(answer.body().path("users").findValuesAsText("userId"))
        .containsExactly(alice().userId(), members.bob().userId());
    assertThat(answer.body().path("users").path(1).path("identityKey").isNull()).isTrue();
    assertThat(answer.body().path("users").path(1).path("devices")).isEmpty();
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(field(tooMany)).isEqualTo("userIds");
  }

  @Test
  void keysChangedReachesTheUserAndWhoSharesARoomWithThemAndNoOneElse() {
    setIdentity(alice(), aliceKeys.publicKey());

    assertThat(members.bobSocket().awaitEvent("keys.changed").path("userId").asText())
        .isEqualTo(alice().userId());
    assertThat(members.aliceSocket().awaitEvent("keys.changed").path("userId").asText())
        .isEqualTo(alice().userId());
    assertThat(outsider.receivesEvent("keys.changed", QUIET)).isFalse();

    putDevice(alice(), aliceKeys.device(alice().userId(), id("alice-laptop-0001")));

    assertThat(members.bobSocket().awaitEvent("keys.changed").path("userId").asText())
        .isEqualTo(alice().userId());
    setIdentity(alice(), aliceKeys.publicKey());
    assertThat(members.bobSocket().receivesEvent("keys.changed", QUIET)).isFalse();
  }

  @Test
  void endingASessionRemovesItsDeviceAndTellsWhoSharesARoom() {
    setIdentity(alice(), aliceKeys.publicKey());
    Login phone = secondSessionOfAlice();
    Login tablet = secondSessionOfAlice();
    putDevice(phone, aliceKeys.device(alice().userId(), id("alice-phone-00001")));
    putDevice(tablet, aliceKeys.device(alice().userId(), id("alice-tablet-0001")));
    members.bobSocket().awaitEvent("keys.changed");
    members.bobSocket().awaitEvent("keys.changed");
    members.bobSocket().awaitEvent("keys.changed");

    assertThat(api.post("/api/auth/logout", phone.accessToken(), Map.of()).status()).isEqualTo(204);

    assertThat(members.bobSocket().awaitEvent("keys.changed").path("userId").asText())
        .isEqualTo(alice().userId());
    assertThat(deviceIdsOf(members.bob())).isEmpty();
    assertThat(keysOf(members.bob(), alice().userId()).path("devices").findValuesAsText("deviceId"))
        .containsExactly(id("alice-tablet-0001"));

    String tabletSession = null;
    for (JsonNode session :
        api.get("/api/auth/sessions", tablet.accessToken()).body().path("sessions")) {
      if (session.path("current").asBoolean()) {
        tabletSession = session.path("sessionId").asText();
      }
    }
    api.delete("/api/auth/sessions/" + tabletSession, alice().accessToken());

    assertThat(members.bobSocket().awaitEvent("keys.changed").path("userId").asText())
        .isEqualTo(alice().userId());
    assertThat(keysOf(members.bob(), alice().userId()).path("devices")).isEmpty();
  }
}
