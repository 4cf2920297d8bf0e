package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.AdminApi;
import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One user cannot add people to rooms, or create rooms, without end: beyond the limits the request
 * is {@code RATE_LIMITED} with a time to wait, and nothing changes. The room invites an owner makes
 * over HTTP spend the same invite limit. Limits are kept per node, so each user here makes every
 * request through one socket.
 */
class RoomLimitsProtocolTest {

  static final int INVITES = 3;
  static final int ROOMS = 2;

  @RegisterExtension
  static final TestServer server =
      TestServer.create(
          Map.of(
              "INVITES_PER_USER_PER_MINUTE", String.valueOf(INVITES),
              "ROOMS_PER_USER_PER_HOUR", String.valueOf(ROOMS)));

  static AdminApi admin;
  static int round;

  @BeforeAll
  static void anAdminToListTheInvites() {
    admin = AdminApi.ownedServer(server);
  }

  Login owner;
  SocketClient ownerSocket;
  List<Login> others;

  @BeforeEach
  void anOwnerAndFivePeople() {
    round++;
    owner = server.api().registered("limowner" + round);
    ownerSocket = server.connect(owner);
    others =
        List.of("a", "b", "c", "d", "e").stream()
            .map(suffix -> server.api().registered("limuser" + round + suffix))
            .toList();
  }

  @Test
  void invitesBeyondTheLimitAreRateLimitedAndAddNobody() {
    String roomId = createRoom(List.of());
    for (int i = 0; i < INVITES; i++) {
      ownerSocket.ok("room.invite", "roomId", roomId, "userId", others.get(i).userId());
    }
    SocketClient refusedOne = server.connect(others.get(INVITES));

    JsonNode refused =
        ownerSocket.request(
            "room.invite", "roomId", roomId, "userId", others.get(INVITES).userId());

    assertRateLimited(refused);
    assertThat(ownerSocket.ok("room.members", "roomId", roomId).path("members"))
        .hasSize(1 + INVITES);
    assertThat(refusedOne.ok("room.list").path("rooms")).isEmpty();
    assertThat(refusedOne.receivedSoFar())
        .noneMatch(frame -> "room.updated".equals(frame.path("type").asText()));
    SocketClient member = server.connect(others.getFirst());
    member.ok("room.invite", "roomId", roomId, "userId", others.get(INVITES).userId());
    assertThat(ownerSocket.ok("room.members", "roomId", roomId).path("members"))
        .hasSize(2 + INVITES);
  }

  @Test
  void invitingSomeoneAlreadyInTheRoomCostsNothing() {
    String roomId = createRoom(List.of(others.getFirst().userId()));

    for (int i = 0; i < INVITES * 2; i++) {
      ownerSocket.ok("room.invite", "roomId", roomId, "userId", others.getFirst().userId());
    }

    ownerSocket.ok("room.invite", "roomId", roomId, "userId", others.get(1).userId());
  }

  @Test
  void roomCreationsBeyondTheLimitAreRateLimitedAndCreateNothing() {
    for (int i = 0; i < ROOMS; i++) {
      createRoom(List.of());
    }

    assertRateLimited(
        ownerSocket.request("room.create", "name", "one too many", "visibility", "public"));

    assertThat(ownerSocket.ok("room.list").path("rooms")).hasSize(ROOMS);
    assertThat(ownerSocket.ok("room.directory", "query", "one too many").path("rooms")).isEmpty();
  }

  @Test
  void theMembersOfANewRoomSpendTheInviteLimitAllOrNoneAndARefusalCostsNoRoom() {
    createRoom(List.of(others.get(0).userId(), others.get(1).userId()));

    assertRateLimited(
        ownerSocket.request(
            "room.create",
            "name",
            "second",
            "visibility",
            "private",
            "memberIds",
            List.of(others.get(2).userId(), others.get(3).userId())));

    assertThat(ownerSocket.ok("room.list").path("rooms")).hasSize(1);
    SocketClient notAdded = server.connect(others.get(2));
    assertThat(notAdded.ok("room.list").path("rooms")).isEmpty();
    createRoom(List.of()); // the second of ROOMS: the refused one did not use it up
  }

  @Test
  void aRoomNamingMoreMembersThanTheLimitAllowsAtOnceIsInvalidInput() {
    List<String> tooMany = others.stream().limit(INVITES + 1).map(Login::userId).toList();

    JsonNode answer =
        ownerSocket.request(
            "room.create", "name", "crowd", "visibility", "private", "memberIds", tooMany);

    assertThat(answer.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(answer.path("error").path("field").asText()).isEqualTo("memberIds");
    assertThat(ownerSocket.ok("room.list").path("rooms")).isEmpty();
  }

  @Test
  void openingDirectRoomsWithNewPeopleSpendsTheInviteLimit() {
    for (int i = 0; i < INVITES; i++) {
      ownerSocket.ok("dm.open", "userId", others.get(i).userId());
    }

    assertRateLimited(ownerSocket.request("dm.open", "userId", others.get(INVITES).userId()));

    assertThat(ownerSocket.ok("room.list").path("rooms")).hasSize(INVITES);
    assertThat(ownerSocket.ok("dm.open", "userId", others.getFirst().userId()).path("room"))
        .isNotNull();
  }

  @Test
  void roomInvitesAnOwnerMakesBeyondTheInviteLimitAreRateLimitedAndStoreNothing() {
    String roomId = createRoom(List.of());
    ApiClient oneNode = server.api(0);
    Map<String, Object> request = Map.of("maxUses", 100, "expiresInSeconds", 3600);
    for (int i = 0; i < INVITES; i++) {
      assertThat(
              oneNode
                  .post("/api/rooms/" + roomId + "/invites", owner.accessToken(), request)
                  .status())
          .isEqualTo(201);
    }
    int invitesBefore = admin.invites().size();

    Reply refused = oneNode.post("/api/rooms/" + roomId + "/invites", owner.accessToken(), request);

    assertThat(refused.status()).isEqualTo(429);
    assertRateLimited(refused.body());
    assertThat(admin.invites()).hasSize(invitesBefore);
    assertRateLimited(
        server
            .connect(0, owner)
            .request("room.invite", "roomId", roomId, "userId", others.getFirst().userId()));
  }

  private String createRoom(List<String> memberIds) {
    return ownerSocket
        .ok(
            "room.create",
            "name",
            "limits " + round,
            "visibility",
            "private",
            "memberIds",
            memberIds)
        .path("room")
        .path("roomId")
        .asText();
  }

  private static void assertRateLimited(JsonNode answer) {
    assertThat(answer.path("error").path("code").asText()).isEqualTo("RATE_LIMITED");
    assertThat(answer.path("error").path("retryAfterMs").asLong()).isPositive();
  }
}
