package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code PATCH /api/users/me}: the display name, and where others see it. */
class ProfileApiTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  static ApiClient api;

  @BeforeAll
  static void start() {
    api = server.api();
  }

  @Test
  void aUserWithoutADisplayNameIsShownByTheUsername() {
    Login plain = api.registered("Plain.Name");

    Reply me = api.get("/api/users/me", plain.accessToken());

    assertThat(me.body().path("displayName").asText()).isEqualTo("Plain.Name");
  }

  @Test
  void theDisplayNameIsStoredTrimmedAndOthersSeeItInMembersSearchAndNewMessages() {
    Login ana = api.registered("ana_l");
    Login ben = api.registered("ben_k");
    try (SocketClient anaSocket = server.openSocket(ana.accessToken());
        SocketClient benSocket = server.openSocket(ben.accessToken())) {
      String roomId =
          anaSocket
              .ok("room.create", "name", "names", "visibility", "public")
              .path("room")
              .path("roomId")
              .asText();
      benSocket.ok("room.join", "roomId", roomId);
      String before =
          anaSocket
              .ok("message.send", "roomId", roomId, "content", "hi", "clientMsgId", "c1")
              .path("message")
              .path("senderName")
              .asText();

      Reply renamed =
          api.patch("/api/users/me", ana.accessToken(), Map.of("displayName", " Ana Lima "));

      assertThat(renamed.status()).isEqualTo(200);
      assertThat(renamed.body().path("displayName").asText()).isEqualTo("Ana Lima");
      assertThat(renamed.body().path("username").asText()).isEqualTo("ana_l");
      assertThat(before).isEqualTo("ana_l");
      assertThat(api.get("/api/users/me", ana.accessToken()).body().path("displayName").asText())
          .isEqualTo("Ana Lima");
      assertThat(benSocket.ok("room.members", "roomId", roomId).path("members"))
          .anySatisfy(m -> assertThat(m.path("displayName").asText()).isEqualTo("Ana Lima"));
      assertThat(api.get("/api/users?query=ana_l", ben.accessToken()).body().path("users"))
          .singleElement()
          .satisfies(u -> assertThat(u.path("displayName").asText()).isEqualTo("Ana Lima"));
      assertThat(
              anaSocket
                  .ok("message.send", "roomId", roomId, "content", "again", "clientMsgId", "c2")
                  .path("message")
                  .path("senderName")
                  .asText())
          .as("a socket opened before the change sends with the new name")
          .isEqualTo("Ana Lima");
      assertThat(
              benSocket
                  .ok("message.history", "roomId", roomId)
                  .path("messages")
                  .get(0)
                  .path("senderName")
                  .asText())
          .as("an earlier message keeps the name it was sent with")
          .isEqualTo("ana_l");
    }
  }

  @Test
  void aNewDisplayNameReachesRoommatesAndTheUsersOwnSocketsAtOnceButNoStranger() {
    Login eve = api.registered("eve_n");
    Login fay = api.registered("fay_r");
    Login stranger = api.registered("gus_s");
    SocketClient eveSocket = server.connect(eve);
    SocketClient faySocket = server.connect(fay);
    SocketClient strangerSocket = server.connect(stranger);
    String roomId =
        eveSocket
            .ok("room.create", "name", "renames", "visibility", "public")
            .path("room")
            .path("roomId")
            .asText();
    faySocket.ok("room.join", "roomId", roomId);

    assertThat(
            api.patch("/api/users/me", eve.accessToken(), Map.of("displayName", "\n")).errorCode())
        .isEqualTo("INVALID_INPUT");
    assertThat(faySocket.receivesEvent("user.updated", Duration.ofMillis(300)))
        .as("a refused name announces nothing")
        .isFalse();
    api.patch("/api/users/me", eve.accessToken(), Map.of("displayName", "Eve Night"));

    JsonNode seen = faySocket.awaitEvent("user.updated").path("user");
    assertThat(seen.path("userId").asText()).isEqualTo(eve.userId());
    assertThat(seen.path("username").asText()).isEqualTo("eve_n");
    assertThat(seen.path("displayName").asText()).isEqualTo("Eve Night");
    assertThat(eveSocket.awaitEvent("user.updated").path("user").path("displayName").asText())
        .as("the user's own other devices follow too")
        .isEqualTo("Eve Night");
    assertThat(strangerSocket.receivesEvent("user.updated", Duration.ofMillis(500)))
        .as("someone who shares no room hears nothing")
        .isFalse();
  }

  @Test
  void aBadDisplayNameIsInvalidInputAndChangesNothing() {
    Login carol = api.registered("carol_d");
    api.patch("/api/users/me", carol.accessToken(), Map.of("displayName", "Carol"));
    Map<String, Object> missing = new HashMap<>();
    missing.put("displayName", null);

    for (Object bad :
        new Object[] {
          "",
          "   ",
          "x".repeat(65),
          "two\nlines",
          "tab\there",
          "\u0007bell",
          "line\u2028break",
          "\u202Ereversed",
          "zero\u200Bwidth",
          42
        }) {
      Reply reply = api.patch("/api/users/me", carol.accessToken(), Map.of("displayName", bad));
      assertThat(reply.errorCode()).as("%s", bad).isEqualTo("INVALID_INPUT");
      assertThat(reply.body().path("error").path("field").asText()).isEqualTo("displayName");
    }
    assertThat(api.patch("/api/users/me", carol.accessToken(), missing).errorCode())
        .isEqualTo("INVALID_INPUT");
    assertThat(api.patch("/api/users/me", carol.accessToken(), Map.of()).errorCode())
        .isEqualTo("INVALID_INPUT");

    assertThat(api.get("/api/users/me", carol.accessToken()).body().path("displayName").asText())
        .isEqualTo("Carol");
  }

  @Test
  void aDisplayNameOf64CharactersCountsEmojiOnce() {
    Login dan = api.registered("dan_e");
    String name = "😀".repeat(64);

    Reply reply = api.patch("/api/users/me", dan.accessToken(), Map.of("displayName", name));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().path("displayName").asText()).isEqualTo(name);
  }

  @Test
  void aDisplayNameMayHoldAnEmojiSequenceJoinedByZeroWidthJoiners() {
    Login erin = api.registered("erin_f");
    String name = "Erin \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    Reply reply = api.patch("/api/users/me", erin.accessToken(), Map.of("displayName", name));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().path("displayName").asText()).isEqualTo(name);
  }

  @Test
  void changingTheDisplayNameNeedsALogin() {
    assertThat(api.patch("/api/users/me", null, Map.of("displayName", "Anyone")).errorCode())
        .isEqualTo("UNAUTHORIZED");
  }
}
