package chat.server.chat;

import static chat.server.support.ThreeRoles.memberUpdated;
import static chat.server.support.TwoMembers.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.ThreeRoles;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mutes and slow mode over real sockets, with an owner, a moderator and a member: what a muted
 * member may not do, when a mute ends, and how often slow mode lets a member send.
 */
class MutesAndSlowModeProtocolTest {

  @RegisterExtension static final TestServer server = ThreeRoles.server();

  ThreeRoles room;

  @BeforeEach
  void anOwnerAModeratorAndAMember() {
    room = ThreeRoles.inPublicRoom(server, "mutes");
  }

  private JsonNode send(SocketClient from, String content, String clientMsgId) {
    return from.request(
        "message.send", "roomId", room.roomId(), "content", content, "clientMsgId", clientMsgId);
  }

  @Test
  void aMutedMemberCannotSendEditOrReactUntilUnmutedAndEveryoneSeesTheMute() {
    String before =
        TwoMembers.send(room.memberSocket(), room.roomId(), "before", "c0")
            .path("messageId")
            .asText();

    room.act(room.moderatorSocket(), "room.mute", room.memberId(), "durationSeconds", 600);
    for (SocketClient socket : room.sockets()) {
      JsonNode event = memberUpdated(socket, room.memberId());
      assertThat(event.path("action").asText()).isEqualTo("mute");
      assertThat(event.path("role").asText()).isEqualTo("member");
      assertThat(event.path("until").asLong()).isGreaterThan(System.currentTimeMillis());
    }
    JsonNode refusal = send(room.memberSocket(), "while muted", "c1");
    JsonNode edit =
        room.memberSocket()
            .request(
                "message.edit", "roomId", room.roomId(), "messageId", before, "content", "changed");
    JsonNode react =
        room.memberSocket()
            .request("reaction.add", "roomId", room.roomId(), "messageId", before, "emoji", "👍");

    assertThat(errorCode(refusal)).isEqualTo("MUTED");
    assertThat(refusal.path("error").path("retryAfterMs").asLong()).isBetween(1L, 600_000L);
    assertThat(errorCode(edit)).isEqualTo("MUTED");
    assertThat(errorCode(react)).isEqualTo("MUTED");
    JsonNode stored = room.ownerSocket().ok("message.history", "roomId", room.roomId());
    assertThat(TwoMembers.messageIds(stored)).containsExactly(before);
    assertThat(stored.path("messages").get(0).path("content").asText()).isEqualTo("before");
    assertThat(stored.path("messages").get(0).has("reactions")).isFalse();
    assertThat(room.state(room.memberSocket()).path("members").findValues("mutedUntil")).hasSize(1);

    room.act(room.moderatorSocket(), "room.unmute", room.memberId());
    assertThat(memberUpdated(room.memberSocket(), room.memberId()).path("action").asText())
        .isEqualTo("unmute");
    room.memberSocket()
        .ok("message.send", "roomId", room.roomId(), "content", "free", "clientMsgId", "c2");
  }

  @Test
  void aMuteEndsByItselfWhenItsTimeIsUp() throws InterruptedException {
    room.act(room.ownerSocket(), "room.mute", room.memberId(), "durationSeconds", 1);
    assertThat(errorCode(send(room.memberSocket(), "too early", "c1"))).isEqualTo("MUTED");

    Thread.sleep(1_100);

    room.memberSocket()
        .ok("message.send", "roomId", room.roomId(), "content", "on time", "clientMsgId", "c2");
    assertThat(room.state(room.ownerSocket()).path("members").findValues("mutedUntil")).isEmpty();
  }

  @Test
  void aMuteHoldsAfterLeavingAndRejoining() {
    room.act(room.ownerSocket(), "room.mute", room.memberId(), "durationSeconds", 600);
    room.memberSocket().ok("room.leave", "roomId", room.roomId());
    room.memberSocket().ok("room.join", "roomId", room.roomId());

    assertThat(errorCode(send(room.memberSocket(), "escaped?", "c1"))).isEqualTo("MUTED");
  }

  @Test
  void slowModeLetsAMemberSendOncePerIntervalAndSaysHowLongToWait() {
    room.moderatorSocket().ok("room.slowmode", "roomId", room.roomId(), "seconds", 30);
    for (SocketClient socket : room.sockets()) {
      JsonNode event = socket.awaitEvent("slowmode.updated");
      assertThat(event.path("seconds").asInt()).isEqualTo(30);
      assertThat(event.path("byUserId").asText()).isEqualTo(room.moderator().userId());
    }

    JsonNode first = send(room.memberSocket(), "first", "c1");
    JsonNode tooSoon = send(room.memberSocket(), "second", "c2");
    JsonNode resent = send(room.memberSocket(), "first", "c1");

    assertThat(first.path("type").asText()).isEqualTo("ack");
    assertThat(errorCode(tooSoon)).isEqualTo("RATE_LIMITED");
    assertThat(tooSoon.path("error").path("retryAfterMs").asLong()).isBetween(1L, 30_000L);
    assertThat(resent.path("result").path("message").path("messageId").asText())
        .isEqualTo(first.path("result").path("message").path("messageId").asText());
    assertThat(room.state(room.memberSocket()).path("slowModeSeconds").asInt()).isEqualTo(30);
    assertThat(room.ownerSocket().wholeHistory(room.roomId())).hasSize(1);
  }

  @Test
  void slowModeHoldsAcrossTheMembersSocketsWhicheverNodeTheyReach() {
    room.ownerSocket().ok("room.slowmode", "roomId", room.roomId(), "seconds", 30);
    SocketClient secondSocket = server.connect(room.member());

    room.memberSocket()
        .ok("message.send", "roomId", room.roomId(), "content", "here", "clientMsgId", "c1");
    JsonNode elsewhere =
        secondSocket.request(
            "message.send", "roomId", room.roomId(), "content", "there", "clientMsgId", "c2");

    assertThat(errorCode(elsewhere)).isEqualTo("RATE_LIMITED");
    assertThat(elsewhere.path("error").path("retryAfterMs").asLong()).isBetween(1L, 30_000L);
    assertThat(room.ownerSocket().wholeHistory(room.roomId())).hasSize(1);
  }

  @Test
  void slowModeHoldsNeitherModeratorsNorTheOwnerAndEndsWhenTurnedOff() {
    room.ownerSocket().ok("room.slowmode", "roomId", room.roomId(), "seconds", 30);
    for (SocketClient staff : new SocketClient[] {room.ownerSocket(), room.moderatorSocket()}) {
      staff.ok("message.send", "roomId", room.roomId(), "content", "one", "clientMsgId", "s1");
      staff.ok("message.send", "roomId", room.roomId(), "content", "two", "clientMsgId", "s2");
    }
    room.memberSocket()
        .ok("message.send", "roomId", room.roomId(), "content", "one", "clientMsgId", "m1");

    room.ownerSocket().ok("room.slowmode", "roomId", room.roomId(), "seconds", 0);

    room.memberSocket()
        .ok("message.send", "roomId", room.roomId(), "content", "two", "clientMsgId", "m2");
    assertThat(room.ownerSocket().wholeHistory(room.roomId())).hasSize(6);
  }

  @Test
  void badDurationsAreInvalidInputAndChangeNothing() {
    SocketClient by = room.ownerSocket();

    assertThat(errorCode(room.act(by, "room.mute", room.memberId(), "durationSeconds", 0)))
        .isEqualTo("INVALID_INPUT");
    assertThat(errorCode(room.act(by, "room.mute", room.memberId(), "durationSeconds", 31_622_401)))
        .isEqualTo("INVALID_INPUT");
    assertThat(errorCode(room.act(by, "room.ban", room.memberId(), "durationSeconds", -1)))
        .isEqualTo("INVALID_INPUT");
    assertThat(errorCode(by.request("room.slowmode", "roomId", room.roomId(), "seconds", -1)))
        .isEqualTo("INVALID_INPUT");
    assertThat(errorCode(by.request("room.slowmode", "roomId", room.roomId(), "seconds", 21_601)))
        .isEqualTo("INVALID_INPUT");

    JsonNode state = room.state(by);
    assertThat(state.path("slowModeSeconds").asInt()).isZero();
    assertThat(state.path("members")).hasSize(3);
    assertThat(state.path("members").findValues("mutedUntil")).isEmpty();
    assertThat(state.path("bans").isEmpty()).isTrue();
  }
}
