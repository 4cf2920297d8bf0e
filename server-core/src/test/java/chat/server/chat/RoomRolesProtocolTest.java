package chat.server.chat;

import static chat.server.support.ThreeRoles.memberUpdated;
import static chat.server.support.TwoMembers.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.ThreeRoles;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Room roles over real sockets, with an owner, a moderator and a member: roles named and handed
 * over, kicks, bans, and who may do what to whom. Every refusal leaves the room's state as it was.
 */
class RoomRolesProtocolTest {

  private static final Duration QUIET = Duration.ofMillis(300);

  @RegisterExtension static final TestServer server = ThreeRoles.server();

  ThreeRoles room;

  @BeforeEach
  void anOwnerAModeratorAndAMember() {
    room = ThreeRoles.inPublicRoom(server, "roles");
  }

  private List<String> rolesAtStart() {
    return List.of(
            room.ownerId() + "=owner",
            room.moderatorId() + "=moderator",
            room.memberId() + "=member")
        .stream()
        .sorted()
        .toList();
  }

  @Test
  void theOwnerNamesAModeratorAndEveryMemberSeesTheNewRole() {
    room.act(room.ownerSocket(), "room.role", room.memberId(), "role", "moderator");

    for (SocketClient socket : room.sockets()) {
      JsonNode event = memberUpdated(socket, room.memberId());
      assertThat(event.path("roomId").asText()).isEqualTo(room.roomId());
      assertThat(event.path("action").asText()).isEqualTo("role");
      assertThat(event.path("role").asText()).isEqualTo("moderator");
      assertThat(event.path("byUserId").asText()).isEqualTo(room.ownerId());
    }
    assertThat(room.roles(room.memberSocket())).contains(room.memberId() + "=moderator");

    room.act(room.ownerSocket(), "room.role", room.memberId(), "role", "member");
    assertThat(memberUpdated(room.memberSocket(), room.memberId()).path("role").asText())
        .isEqualTo("member");
  }

  @Test
  void aMemberMayUseNoModeratorActionAndNothingChanges() {
    String ownMessage =
        TwoMembers.send(room.memberSocket(), room.roomId(), "mine", "c1")
            .path("messageId")
            .asText();
    String othersMessage =
        TwoMembers.send(room.ownerSocket(), room.roomId(), "theirs", "c2")
            .path("messageId")
            .asText();
    SocketClient by = room.memberSocket();

    assertThat(errorCode(room.act(by, "room.role", room.moderatorId(), "role", "member")))
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(room.act(by, "room.transfer", room.moderatorId()))).isEqualTo("FORBIDDEN");
    assertThat(errorCode(room.act(by, "room.kick", room.moderatorId()))).isEqualTo("FORBIDDEN");
    assertThat(errorCode(room.act(by, "room.ban", room.moderatorId()))).isEqualTo("FORBIDDEN");
    assertThat(errorCode(room.act(by, "room.unban", room.moderatorId()))).isEqualTo("FORBIDDEN");
    assertThat(errorCode(room.act(by, "room.mute", room.moderatorId(), "durationSeconds", 60)))
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(room.act(by, "room.unmute", room.moderatorId()))).isEqualTo("FORBIDDEN");
    assertThat(errorCode(by.request("room.slowmode", "roomId", room.roomId(), "seconds", 5)))
        .isEqualTo("FORBIDDEN");
    assertThat(
            errorCode(
                by.request("message.delete", "roomId", room.roomId(), "messageId", othersMessage)))
        .isEqualTo("FORBIDDEN");
    assertThat(
            errorCode(by.request("message.pin", "roomId", room.roomId(), "messageId", ownMessage)))
        .isEqualTo("FORBIDDEN");

    JsonNode state = room.state(room.ownerSocket());
    assertThat(room.roles(room.ownerSocket())).isEqualTo(rolesAtStart());
    assertThat(state.path("slowModeSeconds").asInt()).isZero();
    assertThat(state.path("bans").isEmpty()).isTrue();
    assertThat(room.memberSocket().wholeHistory(room.roomId())).hasSize(2);
    assertThat(room.ownerSocket().receivesEvent("member.updated", QUIET)).isFalse();
  }

  @Test
  void aModeratorMayNotActOnTheOwnerNorOnAnotherModeratorNorChangeRoles() {
    room.act(room.ownerSocket(), "room.role", room.memberId(), "role", "moderator");
    memberUpdated(room.moderatorSocket(), room.memberId());
    SocketClient by = room.moderatorSocket();

    for (String target : List.of(room.ownerId(), room.memberId())) {
      assertThat(errorCode(room.act(by, "room.kick", target))).isEqualTo("FORBIDDEN");
      assertThat(errorCode(room.act(by, "room.ban", target, "durationSeconds", 60)))
          .isEqualTo("FORBIDDEN");
      assertThat(errorCode(room.act(by, "room.mute", target, "durationSeconds", 60)))
          .isEqualTo("FORBIDDEN");
    }
    assertThat(errorCode(room.act(by, "room.role", room.memberId(), "role", "member")))
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(room.act(by, "room.transfer", room.memberId()))).isEqualTo("FORBIDDEN");
    String ownersMessage =
        TwoMembers.send(room.ownerSocket(), room.roomId(), "owner's", "c1")
            .path("messageId")
            .asText();
    assertThat(
            errorCode(
                by.request("message.delete", "roomId", room.roomId(), "messageId", ownersMessage)))
        .isEqualTo("FORBIDDEN");

    JsonNode state = room.state(room.ownerSocket());
    assertThat(state.path("members")).hasSize(3);
    assertThat(room.roles(room.ownerSocket()))
        .contains(room.ownerId() + "=owner", room.memberId() + "=moderator");
    assertThat(state.path("members").findValues("mutedUntil")).isEmpty();
    assertThat(state.path("bans").isEmpty()).isTrue();
  }

  @Test
  void nobodyModeratesThemself() {
    assertThat(errorCode(room.act(room.ownerSocket(), "room.kick", room.ownerId())))
        .isEqualTo("FORBIDDEN");
    assertThat(
            errorCode(
                room.act(
                    room.moderatorSocket(),
                    "room.mute",
                    room.moderatorId(),
                    "durationSeconds",
                    60)))
        .isEqualTo("FORBIDDEN");

    assertThat(room.roles(room.ownerSocket())).isEqualTo(rolesAtStart());
  }

  @Test
  void aModeratorRemovesAMembersMessageAndPinsOne() {
    String message =
        TwoMembers.send(room.memberSocket(), room.roomId(), "spam", "c1")
            .path("messageId")
            .asText();
    String kept =
        TwoMembers.send(room.ownerSocket(), room.roomId(), "rules", "c2")
            .path("messageId")
            .asText();

    room.moderatorSocket().ok("message.delete", "roomId", room.roomId(), "messageId", message);
    room.moderatorSocket().ok("message.pin", "roomId", room.roomId(), "messageId", kept);

    assertThat(room.memberSocket().awaitEvent("message.deleted").path("messageId").asText())
        .isEqualTo(message);
    assertThat(
            room.memberSocket()
                .awaitEvent("pins.updated")
                .path("pins")
                .get(0)
                .path("messageId")
                .asText())
        .isEqualTo(kept);
  }

  @Test
  void aKickedMemberLearnsItLeftAndMayJoinThePublicRoomAgain() {
    room.act(room.moderatorSocket(), "room.kick", room.memberId());

    JsonNode own = memberUpdated(room.memberSocket(), room.memberId());
    assertThat(own.path("action").asText()).isEqualTo("kick");
    assertThat(own.has("role")).isFalse();
    assertThat(memberUpdated(room.ownerSocket(), room.memberId()).path("byUserId").asText())
        .isEqualTo(room.moderatorId());
    assertThat(
            room.ownerSocket().awaitEvent("room.updated").path("room").path("memberCount").asInt())
        .isEqualTo(2);
    assertThat(
            errorCode(
                room.memberSocket()
                    .request(
                        "message.send",
                        "roomId",
                        room.roomId(),
                        "content",
                        "hi",
                        "clientMsgId",
                        "c1")))
        .isEqualTo("FORBIDDEN");

    room.memberSocket().ok("room.join", "roomId", room.roomId());

    assertThat(room.state(room.memberSocket()).path("members")).hasSize(3);
  }

  @Test
  void aBannedUserCannotRejoinNorBeInvitedUntilUnbanned() {
    room.act(room.moderatorSocket(), "room.ban", room.memberId());
    JsonNode own = memberUpdated(room.memberSocket(), room.memberId());
    assertThat(own.path("action").asText()).isEqualTo("ban");
    assertThat(own.has("until")).isFalse();

    assertThat(errorCode(room.memberSocket().request("room.join", "roomId", room.roomId())))
        .isEqualTo("BANNED");
    assertThat(
            errorCode(
                room.ownerSocket()
                    .request("room.invite", "roomId", room.roomId(), "userId", room.memberId())))
        .isEqualTo("BANNED");
    JsonNode state = room.state(room.moderatorSocket());
    assertThat(state.path("members")).hasSize(2);
    assertThat(state.path("bans")).hasSize(1);
    assertThat(state.path("bans").get(0).path("userId").asText()).isEqualTo(room.memberId());
    assertThat(state.path("bans").get(0).path("username").asText())
        .isEqualTo(room.member().username());
    assertThat(state.path("bans").get(0).path("bannedBy").asText()).isEqualTo(room.moderatorId());
    assertThat(state.path("bans").get(0).has("until")).isFalse();

    room.act(room.moderatorSocket(), "room.unban", room.memberId());
    assertThat(memberUpdated(room.memberSocket(), room.memberId()).path("action").asText())
        .isEqualTo("unban");
    room.memberSocket().ok("room.join", "roomId", room.roomId());

    assertThat(room.state(room.memberSocket()).path("members")).hasSize(3);
  }

  @Test
  void aTimedBanSaysWhenItEndsAndPlainMembersDoNotSeeTheBans() {
    String outsider = server.api().registered(TwoMembers.uniqueName("banned")).userId();

    room.act(room.ownerSocket(), "room.ban", room.memberId(), "durationSeconds", 60);
    room.act(room.ownerSocket(), "room.ban", outsider, "durationSeconds", 3600);
    JsonNode refusal = room.memberSocket().request("room.join", "roomId", room.roomId());

    assertThat(errorCode(refusal)).isEqualTo("BANNED");
    assertThat(refusal.path("error").path("retryAfterMs").asLong()).isBetween(1L, 60_000L);
    assertThat(memberUpdated(room.moderatorSocket(), room.memberId()).path("until").asLong())
        .isPositive();
    assertThat(room.state(room.moderatorSocket()).path("bans")).hasSize(2);
    assertThat(room.state(room.moderatorSocket()).has("bans")).isTrue();
    room.act(room.ownerSocket(), "room.role", room.moderatorId(), "role", "member");
    memberUpdated(room.moderatorSocket(), room.moderatorId());
    assertThat(room.state(room.moderatorSocket()).has("bans")).isFalse();
  }

  @Test
  void theOwnerHandsTheRoomOverAndBecomesAModerator() {
    room.act(room.ownerSocket(), "room.transfer", room.memberId());

    JsonNode first = memberUpdated(room.moderatorSocket(), room.memberId());
    JsonNode second = memberUpdated(room.moderatorSocket(), room.ownerId());
    assertThat(first.path("action").asText()).isEqualTo("transfer");
    assertThat(first.path("role").asText()).isEqualTo("owner");
    assertThat(second.path("role").asText()).isEqualTo("moderator");
    assertThat(room.roles(room.moderatorSocket()))
        .contains(room.memberId() + "=owner", room.ownerId() + "=moderator");
    assertThat(
            errorCode(
                room.act(room.ownerSocket(), "room.role", room.moderatorId(), "role", "member")))
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(room.act(room.ownerSocket(), "room.kick", room.memberId())))
        .isEqualTo("FORBIDDEN");

    assertThat(memberUpdated(room.ownerSocket(), room.ownerId()).path("action").asText())
        .isEqualTo("transfer");

    room.act(room.memberSocket(), "room.role", room.ownerId(), "role", "member");
    assertThat(memberUpdated(room.ownerSocket(), room.ownerId()).path("role").asText())
        .isEqualTo("member");
  }

  @Test
  void actingOnSomeoneWhoIsNotAMemberIsNotFoundAndChangesNothing() {
    String outsider = server.api().registered(TwoMembers.uniqueName("stranger")).userId();
    SocketClient by = room.ownerSocket();

    assertThat(errorCode(room.act(by, "room.kick", outsider))).isEqualTo("NOT_FOUND");
    assertThat(errorCode(room.act(by, "room.mute", outsider, "durationSeconds", 60)))
        .isEqualTo("NOT_FOUND");
    assertThat(errorCode(room.act(by, "room.role", outsider, "role", "moderator")))
        .isEqualTo("NOT_FOUND");
    assertThat(errorCode(room.act(by, "room.transfer", outsider))).isEqualTo("NOT_FOUND");
    assertThat(errorCode(room.act(by, "room.unban", room.memberId()))).isEqualTo("NOT_FOUND");
    assertThat(errorCode(room.act(by, "room.unmute", room.memberId()))).isEqualTo("NOT_FOUND");
    assertThat(errorCode(room.act(by, "room.ban", "u_nobody"))).isEqualTo("NOT_FOUND");

    JsonNode state = room.state(by);
    assertThat(room.roles(by)).isEqualTo(rolesAtStart());
    assertThat(state.path("bans").isEmpty()).isTrue();
    assertThat(state.path("members").findValues("mutedUntil")).isEmpty();
  }

  @Test
  void aDirectRoomHasNoModeration() {
    String direct =
        room.ownerSocket()
            .ok("dm.open", "userId", room.memberId())
            .path("room")
            .path("roomId")
            .asText();

    JsonNode refusal =
        room.ownerSocket().request("room.kick", "roomId", direct, "userId", room.memberId());

    assertThat(errorCode(refusal)).isEqualTo("FORBIDDEN");
    assertThat(room.ownerSocket().ok("room.members", "roomId", direct).path("members")).hasSize(2);
  }
}
