package chat.server.chat;

import static chat.server.support.TwoMembers.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rooms over a real socket: public, private and direct, and who may do what in each. */
class RoomsProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  Login alice;
  Login bob;
  SocketClient aliceSocket;
  SocketClient bobSocket;

  @BeforeEach
  void twoUsers() {
    alice = server.api().registered(uniqueName("alice"));
    bob = server.api().registered(uniqueName("bob"));
    aliceSocket = server.connect(alice);
    bobSocket = server.connect(bob);
  }

  @Test
  void createdRoomHasTheCreatorAsItsOnlyMember() {
    JsonNode room =
        aliceSocket
            .ok("room.create", "name", "  Team Lunch  ", "visibility", "public")
            .path("room");

    assertThat(room.path("roomId").asText()).isNotBlank();
    assertThat(room.path("name").asText()).isEqualTo("Team Lunch");
    assertThat(room.path("visibility").asText()).isEqualTo("public");
    assertThat(room.path("createdBy").asText()).isEqualTo(alice.userId());
    assertThat(room.path("createdAt").asLong()).isPositive();
    assertThat(room.path("memberCount").asInt()).isEqualTo(1);
    assertThat(aliceSocket.awaitEvent("room.updated").path("room").path("roomId").asText())
        .isEqualTo(room.path("roomId").asText());
  }

  @Test
  void roomCreateValidatesNameAndVisibility() {
    assertInvalid(
        aliceSocket.request("room.create", "name", "   ", "visibility", "public"), "name");
    assertInvalid(
        aliceSocket.request("room.create", "name", "n".repeat(65), "visibility", "public"), "name");
    assertInvalid(
        aliceSocket.request("room.create", "name", "x", "visibility", "direct"), "visibility");
    assertInvalid(
        aliceSocket.request("room.create", "name", "x", "visibility", "secret"), "visibility");
    assertInvalid(aliceSocket.request("room.create", "name", "x"), "visibility");
    assertThat(aliceSocket.ok("room.list").path("rooms")).isEmpty();
  }

  @Test
  void roomCreateWithAnUnknownMemberIsNotFoundAndCreatesNothing() {
    JsonNode error =
        aliceSocket.request(
            "room.create",
            "name",
            "ghosts",
            "visibility",
            "private",
            "memberIds",
            List.of("u_nobody"));

    assertThat(code(error)).isEqualTo("NOT_FOUND");
    assertThat(aliceSocket.ok("room.list").path("rooms")).isEmpty();
  }

  @Test
  void roomCreateWithMembersMakesThemMembersAtOnce() {
    String roomId =
        roomId(
            aliceSocket.ok(
                "room.create",
                "name",
                "crew",
                "visibility",
                "private",
                "memberIds",
                List.of(bob.userId())));

    assertThat(bobSocket.awaitEvent("room.updated").path("room").path("roomId").asText())
        .isEqualTo(roomId);
    assertThat(roomIds(bobSocket.ok("room.list"))).containsExactly(roomId);
    assertThat(bobSocket.ok("room.members", "roomId", roomId).path("members")).hasSize(2);
  }

  @Test
  void anyoneCanJoinAPublicRoomAndMembersHearOfIt() {
    String roomId = roomId(aliceSocket.ok("room.create", "name", "open", "visibility", "public"));
    aliceSocket.awaitEvent("room.updated");

    JsonNode joined = bobSocket.ok("room.join", "roomId", roomId).path("room");

    assertThat(joined.path("memberCount").asInt()).isEqualTo(2);
    assertThat(aliceSocket.awaitEvent("room.updated").path("room").path("memberCount").asInt())
        .isEqualTo(2);
    assertThat(bobSocket.ok("room.join", "roomId", roomId).path("room").path("memberCount").asInt())
        .as("joining twice changes nothing")
        .isEqualTo(2);
  }

  @Test
  void nobodyJoinsAPrivateOrDirectRoomUninvited() {
    String privateRoom =
        roomId(aliceSocket.ok("room.create", "name", "hidden", "visibility", "private"));
    Login carol = server.api().registered(uniqueName("carol"));
    String directRoom = roomId(aliceSocket.ok("dm.open", "userId", carol.userId()));

    assertThat(code(bobSocket.request("room.join", "roomId", privateRoom))).isEqualTo("FORBIDDEN");
    assertThat(code(bobSocket.request("room.join", "roomId", directRoom))).isEqualTo("FORBIDDEN");
    assertThat(code(bobSocket.request("room.join", "roomId", "r_doesnotexist")))
        .isEqualTo("NOT_FOUND");
    assertThat(aliceSocket.ok("room.members", "roomId", privateRoom).path("members")).hasSize(1);
  }

  @Test
  void aMemberCanInviteAndTheInviteeIsAMemberAtOnce() {
    String roomId = roomId(aliceSocket.ok("room.create", "name", "club", "visibility", "private"));

    assertThat(aliceSocket.ok("room.invite", "roomId", roomId, "userId", bob.userId()).isEmpty())
        .isTrue();

    assertThat(bobSocket.awaitEvent("room.updated").path("room").path("roomId").asText())
        .isEqualTo(roomId);
    assertThat(bobSocket.ok("message.history", "roomId", roomId).path("messages")).isEmpty();
  }

  @Test
  void outsidersCannotInviteNorInviteIntoDirectRoomsNorInviteNobody() {
    String roomId = roomId(aliceSocket.ok("room.create", "name", "inner", "visibility", "private"));
    Login carol = server.api().registered(uniqueName("carol"));
    String directRoom = roomId(aliceSocket.ok("dm.open", "userId", bob.userId()));

    assertThat(code(bobSocket.request("room.invite", "roomId", roomId, "userId", bob.userId())))
        .isEqualTo("FORBIDDEN");
    assertThat(
            code(
                aliceSocket.request("room.invite", "roomId", directRoom, "userId", carol.userId())))
        .isEqualTo("FORBIDDEN");
    assertThat(code(aliceSocket.request("room.invite", "roomId", roomId, "userId", "u_nobody")))
        .isEqualTo("NOT_FOUND");
    assertThat(aliceSocket.ok("room.members", "roomId", roomId).path("members")).hasSize(1);
    assertThat(aliceSocket.ok("room.members", "roomId", directRoom).path("members")).hasSize(2);
  }

  @Test
  void leavingARoomEndsMembership() {
    String roomId = roomId(aliceSocket.ok("room.create", "name", "brief", "visibility", "public"));
    bobSocket.ok("room.join", "roomId", roomId);

    assertThat(bobSocket.ok("room.leave", "roomId", roomId).isEmpty()).isTrue();

    assertThat(code(bobSocket.request("message.history", "roomId", roomId))).isEqualTo("FORBIDDEN");
    assertThat(code(bobSocket.request("room.leave", "roomId", roomId))).isEqualTo("FORBIDDEN");
    assertThat(roomIds(bobSocket.ok("room.list"))).doesNotContain(roomId);
  }

  @Test
  void roomListHasTheCallersRoomsWithTheirLastMessage() {
    String quiet = roomId(aliceSocket.ok("room.create", "name", "quiet", "visibility", "public"));
    String busy = roomId(aliceSocket.ok("room.create", "name", "busy", "visibility", "private"));
    aliceSocket.ok("message.send", "roomId", busy, "content", "first", "clientMsgId", "l1");
    aliceSocket.ok("message.send", "roomId", busy, "content", "latest", "clientMsgId", "l2");

    JsonNode result = aliceSocket.ok("room.list");
    JsonNode rooms = result.path("rooms");

    assertThat(roomIds(result)).containsExactly(quiet, busy);
    assertThat(rooms.get(0).has("lastMessage")).isFalse();
    assertThat(rooms.get(1).path("lastMessage").path("content").asText()).isEqualTo("latest");
    assertThat(bobSocket.ok("room.list").path("rooms")).isEmpty();
  }

  @Test
  void theDirectoryListsPublicRoomsOnlyFilteredByName() {
    String marker = uniqueName("dir");
    String visible =
        roomId(aliceSocket.ok("room.create", "name", marker + " Garden", "visibility", "public"));
    aliceSocket.ok("room.create", "name", marker + " Secret", "visibility", "private");
    aliceSocket.ok("room.create", "name", "unrelated", "visibility", "public");

    JsonNode found = bobSocket.ok("room.directory", "query", marker.toUpperCase());

    assertThat(roomIds(found)).containsExactly(visible);
    assertThat(roomIds(bobSocket.ok("room.directory"))).contains(visible);
  }

  @Test
  void membersAreListedWithPresenceForMembersOnly() {
    String roomId = roomId(aliceSocket.ok("room.create", "name", "roster", "visibility", "public"));
    bobSocket.ok("room.join", "roomId", roomId);
    Login carol = server.api().registered(uniqueName("carol"));

    JsonNode members = aliceSocket.ok("room.members", "roomId", roomId).path("members");

    assertThat(members).hasSize(2);
    for (JsonNode member : members) {
      assertThat(member.path("status").asText()).isEqualTo("online");
      assertThat(member.path("username").asText()).isIn(alice.username(), bob.username());
    }
    try (SocketClient carolSocket = server.connect(carol)) {
      assertThat(code(carolSocket.request("room.members", "roomId", roomId)))
          .isEqualTo("FORBIDDEN");
    }
  }

  @Test
  void dmOpenGivesTheSameRoomEveryTimeFromEitherSide() {
    JsonNode first = aliceSocket.ok("dm.open", "userId", bob.userId()).path("room");
    JsonNode again = aliceSocket.ok("dm.open", "userId", bob.userId()).path("room");
    JsonNode fromBob = bobSocket.ok("dm.open", "userId", alice.userId()).path("room");

    assertThat(first.path("visibility").asText()).isEqualTo("direct");
    assertThat(first.path("memberCount").asInt()).isEqualTo(2);
    assertThat(again.path("roomId")).isEqualTo(first.path("roomId"));
    assertThat(fromBob.path("roomId")).isEqualTo(first.path("roomId"));
    assertThat(code(aliceSocket.request("dm.open", "userId", "u_nobody"))).isEqualTo("NOT_FOUND");
  }

  @Test
  void aDirectRoomWithYourselfIsARoomOfOne() {
    JsonNode notes = aliceSocket.ok("dm.open", "userId", alice.userId()).path("room");

    assertThat(notes.path("visibility").asText()).isEqualTo("direct");
    assertThat(notes.path("memberCount").asInt()).isEqualTo(1);
    assertThat(notes.path("name").asText()).isEqualTo(alice.username());
    assertThat(aliceSocket.ok("dm.open", "userId", alice.userId()).path("room").path("roomId"))
        .isEqualTo(notes.path("roomId"));
  }

  @Test
  void outsidersCannotReadSendToOrListMembersOfPrivateAndDirectRooms() {
    String privateRoom =
        roomId(aliceSocket.ok("room.create", "name", "vault", "visibility", "private"));
    String directRoom = roomId(aliceSocket.ok("dm.open", "userId", bob.userId()));
    aliceSocket.ok("message.send", "roomId", privateRoom, "content", "secret", "clientMsgId", "s1");
    aliceSocket.ok("message.send", "roomId", directRoom, "content", "psst", "clientMsgId", "s2");
    Login mallory = server.api().registered(uniqueName("mallory"));

    try (SocketClient outsider = server.connect(mallory)) {
      for (String roomId : List.of(privateRoom, directRoom)) {
        assertThat(code(outsider.request("message.history", "roomId", roomId)))
            .isEqualTo("FORBIDDEN");
        assertThat(
                code(
                    outsider.request(
                        "message.send", "roomId", roomId, "content", "hi", "clientMsgId", "m1")))
            .isEqualTo("FORBIDDEN");
        assertThat(code(outsider.request("room.members", "roomId", roomId))).isEqualTo("FORBIDDEN");
      }
      assertThat(outsider.receivesEvent("message.new", java.time.Duration.ofMillis(300))).isFalse();
    }
    assertThat(aliceSocket.ok("message.history", "roomId", privateRoom).path("messages"))
        .hasSize(1);
    assertThat(aliceSocket.ok("message.history", "roomId", directRoom).path("messages")).hasSize(1);
  }

  private static String roomId(JsonNode result) {
    return result.path("room").path("roomId").asText();
  }

  private static List<String> roomIds(JsonNode result) {
    return StreamSupport.stream(result.path("rooms").spliterator(), false)
        .map(room -> room.path("roomId").asText())
        .toList();
  }

  private static String code(JsonNode answer) {
    return answer.path("error").path("code").asText("(none: " + answer + ")");
  }

  private static void assertInvalid(JsonNode answer, String field) {
    assertThat(code(answer)).isEqualTo("INVALID_INPUT");
    assertThat(answer.path("error").path("field").asText()).isEqualTo(field);
  }
}
