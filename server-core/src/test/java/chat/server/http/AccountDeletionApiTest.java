package chat.server.http;

import static chat.server.support.TwoMembers.errorCode;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code DELETE /api/users/me}: the account is gone for good, its sessions and sockets with it; its
 * messages stay, sent by "deleted user"; its direct rooms close. Every refusal changes nothing.
 */
class AccountDeletionApiTest {

  private static final String PASSWORD = "correct horse battery";

  @RegisterExtension static final TestServer server = TestServer.create();
  static ApiClient api;
  static Login owner;

  @BeforeAll
  static void start() {
    api = server.api();
    owner = api.registered(TwoMembers.uniqueName("owner"));
  }

  private static Reply delete(Login who, String password) {
    return api.delete("/api/users/me", who.accessToken(), Map.of("password", password));
  }

  private static String directRoomOf(SocketClient socket, String userId) {
    return socket.ok("dm.open", "userId", userId).path("room").path("roomId").asText();
  }

  @Test
  void deletingTheAccountSignsOutEverySessionAndClosesItsSockets() {
    TwoMembers members = TwoMembers.inPrivateRoom(server, "gone", "room");
    Login elsewhere = ApiClient.login(api.login(members.alice().username(), PASSWORD));
    try (SocketClient elsewhereSocket = server.openSocket(elsewhere.accessToken())) {
      elsewhereSocket.ok("ping");

      assertThat(delete(members.alice(), PASSWORD).status()).isEqualTo(204);

      assertThat(members.aliceSocket().awaitClose(Duration.ofSeconds(2)).code()).isEqualTo(4401);
      assertThat(elsewhereSocket.awaitClose(Duration.ofSeconds(2)).code()).isEqualTo(4401);
      for (Login session : new Login[] {members.alice(), elsewhere}) {
        assertThat(api.get("/api/users/me", session.accessToken()).errorCode())
            .isEqualTo("UNAUTHORIZED");
        assertThat(
                api.post("/api/auth/refresh", null, Map.of("refreshToken", session.refreshToken()))
                    .errorCode())
            .isEqualTo("ACCOUNT_DEACTIVATED");
      }
      assertThat(api.login(members.alice().username(), PASSWORD).errorCode())
          .isEqualTo("INVALID_CREDENTIALS");
      assertThat(members.bobSocket().ok("ping")).isNotNull();
    }
  }

  @Test
  void theNameOfADeletedAccountStaysReserved() {
    Login leaver = api.registered(TwoMembers.uniqueName("reserved"));

    delete(leaver, PASSWORD);

    assertThat(api.register(leaver.username(), PASSWORD).errorCode()).isEqualTo("USERNAME_TAKEN");
  }

  @Test
  void theMessagesOfADeletedAccountStayAndShowTheDeletedUser() {
    TwoMembers members = TwoMembers.inPrivateRoom(server, "tomb", "kept");
    String kept = members.sendForId(members.aliceSocket(), "findable words from alice");
    members.sendForId(members.bobSocket(), "bob answers");

    delete(members.alice(), PASSWORD);
    members.bobSocket().awaitFrame(frame -> "room.updated".equals(frame.path("type").asText()));

    JsonNode history = members.history(members.bobSocket());
    assertThat(TwoMembers.messageIds(history)).contains(kept);
    JsonNode first = history.path("messages").get(0);
    assertThat(first.path("content").asText()).isEqualTo("findable words from alice");
    assertThat(first.path("senderName").asText()).isEqualTo("deleted user");
    assertThat(history.path("messages").get(1).path("senderName").asText())
        .isEqualTo(members.bob().username());
    JsonNode synced =
        members
            .bobSocket()
            .ok("sync", "cursors", java.util.Collections.singletonMap(members.roomId(), null));
    assertThat(
            synced
                .path("rooms")
                .path(members.roomId())
                .path("messages")
                .get(0)
                .path("senderName")
                .asText())
        .isEqualTo("deleted user");
    JsonNode hits = members.bobSocket().ok("message.search", "query", "findable");
    assertThat(hits.path("results").get(0).path("message").path("senderName").asText())
        .isEqualTo("deleted user");
    JsonNode memberList = members.bobSocket().ok("room.members", "roomId", members.roomId());
    assertThat(StreamSupport.stream(memberList.path("members").spliterator(), false))
        .extracting(member -> member.path("userId").asText())
        .containsExactly(members.bob().userId());
  }

  @Test
  void eventsAboutADeletedAccountsMessagesShowTheDeletedUser() {
    TwoMembers members = TwoMembers.inPrivateRoom(server, "events", "unused");
    String roomId =
        TwoMembers.roomIdOf(
            members
                .bobSocket()
                .ok(
                    "room.create",
                    "name",
                    "bob's room",
                    "visibility",
                    "private",
                    "memberIds",
                    List.of(members.alice().userId())));
    String root =
        TwoMembers.send(members.aliceSocket(), roomId, "a root by alice", "c-root")
            .path("messageId")
            .asText();
    delete(members.alice(), PASSWORD);

    members
        .bobSocket()
        .ok(
            "message.send",
            "roomId",
            roomId,
            "content",
            "a reply",
            "clientMsgId",
            "c-reply",
            "threadId",
            root);
    members.bobSocket().ok("message.pin", "roomId", roomId, "messageId", root);

    JsonNode updated =
        members
            .bobSocket()
            .awaitFrame(
                frame ->
                    "message.updated".equals(frame.path("type").asText())
                        && root.equals(frame.path("message").path("messageId").asText()));
    assertThat(updated.path("message").path("senderName").asText()).isEqualTo("deleted user");
    JsonNode pins =
        members.bobSocket().awaitFrame(frame -> "pins.updated".equals(frame.path("type").asText()));
    assertThat(pins.path("pins").get(0).path("senderName").asText()).isEqualTo("deleted user");
    JsonNode pinned = members.bobSocket().ok("room.pins", "roomId", roomId);
    assertThat(pinned.path("pins").get(0).path("senderName").asText()).isEqualTo("deleted user");
  }

  @Test
  void aDirectRoomWithADeletedAccountIsClosedAndRefusesNewMessages() {
    TwoMembers members = TwoMembers.inPrivateRoom(server, "dm", "unused");
    String direct = directRoomOf(members.bobSocket(), members.alice().userId());
    TwoMembers.send(members.bobSocket(), direct, "hello alice", "c-hello");

    delete(members.alice(), PASSWORD);

    JsonNode closed =
        members
            .bobSocket()
            .awaitFrame(
                frame ->
                    "room.updated".equals(frame.path("type").asText())
                        && direct.equals(frame.path("room").path("roomId").asText())
                        && frame.path("room").has("closed"));
    assertThat(closed.path("room").path("closed").asBoolean()).isTrue();
    JsonNode refused =
        members
            .bobSocket()
            .request(
                "message.send", "roomId", direct, "content", "anyone there?", "clientMsgId", "c-2");
    assertThat(errorCode(refused)).isEqualTo("ROOM_CLOSED");
    assertThat(
            errorCode(members.bobSocket().request("dm.open", "userId", members.alice().userId())))
        .isEqualTo("ROOM_CLOSED");
    Reply upload =
        api.upload(direct, members.bob().accessToken(), "late.txt", "too late".getBytes(UTF_8));
    assertThat(upload.status()).isEqualTo(409);
    assertThat(upload.errorCode()).isEqualTo("ROOM_CLOSED");
    JsonNode history = members.bobSocket().ok("message.history", "roomId", direct, "limit", 10);
    assertThat(history.path("messages")).hasSize(1);
    assertThat(members.bobSocket().ok("ping")).isNotNull();
    JsonNode listed = members.bobSocket().ok("room.list");
    assertThat(StreamSupport.stream(listed.path("rooms").spliterator(), false))
        .filteredOn(room -> direct.equals(room.path("roomId").asText()))
        .extracting(room -> room.path("closed").asBoolean())
        .containsExactly(true);
  }

  @Test
  void aWrongPasswordIsInvalidCredentialsAndDeletesNothing() {
    TwoMembers members = TwoMembers.inPrivateRoom(server, "keep", "room");

    Reply refused = delete(members.alice(), "not the password");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(members.aliceSocket().ok("ping")).isNotNull();
    assertThat(
            api.get("/api/users/me", members.alice().accessToken())
                .body()
                .path("displayName")
                .asText())
        .isEqualTo(members.alice().username());
    assertThat(api.login(members.alice().username(), PASSWORD).status()).isEqualTo(200);
    members.sendForId(members.aliceSocket(), "still here");
    assertThat(
            members
                .history(members.bobSocket())
                .path("messages")
                .get(0)
                .path("senderName")
                .asText())
        .isEqualTo(members.alice().username());
  }

  @Test
  void theOwnerCannotDeleteTheirAccountAndKeepsIt() {
    Reply refused = delete(owner, PASSWORD);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.errorCode()).isEqualTo("OWNER_CANNOT_DELETE");
    assertThat(api.get("/api/users/me", owner.accessToken()).status()).isEqualTo(200);
    assertThat(api.login(owner.username(), PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void deletionNeedsALoginAndAPassword() {
    Login someone = api.registered(TwoMembers.uniqueName("careful"));

    assertThat(api.delete("/api/users/me", null, Map.of("password", PASSWORD)).errorCode())
        .isEqualTo("UNAUTHORIZED");
    assertThat(api.delete("/api/users/me", someone.accessToken(), Map.of()).errorCode())
        .isEqualTo("INVALID_INPUT");

    assertThat(api.login(someone.username(), PASSWORD).status()).isEqualTo(200);
  }
}
