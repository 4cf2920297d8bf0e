package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.AdminApi;
import chat.server.support.TestServer;
import chat.server.support.ThreeRoles;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Moderators' and owners' actions in a room, done over sockets, in the audit log the server's owner
 * reads over HTTP (on the other node, with two): who, on whom, in which room, from where.
 */
class ModerationAuditProtocolTest {

  @RegisterExtension
  static final TestServer server =
      TestServer.create(Map.of("MESSAGE_RATE_PER_SECOND", "10000", "MESSAGE_BURST", "10000"));

  static AdminApi admin;

  @BeforeAll
  static void ownedServer() {
    admin = AdminApi.ownedServer(server);
  }

  @Test
  void everyModeratorActionIsInTheAuditLogWithWhoOnWhomWhereAndFromWhichAddress() {
    ThreeRoles room = ThreeRoles.inPublicRoom(server, "audited");
    String member = room.member().userId();
    String message =
        TwoMembers.send(room.memberSocket(), room.roomId(), "spam", "s1")
            .path("messageId")
            .asText();

    room.moderatorSocket().ok("message.delete", "roomId", room.roomId(), "messageId", message);
    room.act(room.moderatorSocket(), "room.mute", member, "durationSeconds", 60);
    room.act(room.moderatorSocket(), "room.unmute", member);
    room.moderatorSocket().ok("room.slowmode", "roomId", room.roomId(), "seconds", 30);
    room.act(room.moderatorSocket(), "room.ban", member, "durationSeconds", 3600);
    room.act(room.moderatorSocket(), "room.unban", member);
    room.memberSocket().ok("room.join", "roomId", room.roomId());
    room.act(room.moderatorSocket(), "room.kick", member);

    String moderator = room.moderator().userId();
    String where = "room " + room.roomId();
    assertEntry("message_removed", moderator, message, where + ", written by " + member);
    assertEntry("member_muted", moderator, member, null).path("detail").asText().startsWith(where);
    assertEntry("member_unmuted", moderator, member, where);
    assertEntry("slow_mode_changed", moderator, room.roomId(), where + ": 30 s");
    assertThat(assertEntry("member_banned", moderator, member, null).path("detail").asText())
        .startsWith(where + ": until ");
    assertEntry("member_unbanned", moderator, member, where);
    assertEntry("member_kicked", moderator, member, where);
    assertEntry("room_role_changed", room.owner().userId(), moderator, where + ": moderator");
  }

  @Test
  void anOwnDeletionAndARefusedActionLeaveNoEntry() {
    ThreeRoles room = ThreeRoles.inPublicRoom(server, "quiet");
    String own =
        TwoMembers.send(room.memberSocket(), room.roomId(), "mine", "o1")
            .path("messageId")
            .asText();
    int before = admin.audit().size();

    room.memberSocket().ok("message.delete", "roomId", room.roomId(), "messageId", own);
    room.act(room.memberSocket(), "room.kick", room.moderator().userId());

    assertThat(admin.audit()).hasSize(before);
  }

  /** The newest entry of {@code action} about {@code target}, checked; detail only if given. */
  private static JsonNode assertEntry(String action, String actor, String target, String detail) {
    List<JsonNode> entries =
        admin.audit(action).stream()
            .filter(entry -> entry.path("target").asText().equals(target))
            .toList();
    assertThat(entries).as("%s entries about %s", action, target).isNotEmpty();
    JsonNode entry = entries.getFirst();
    assertThat(entry.path("actorId").asText()).isEqualTo(actor);
    assertThat(entry.path("address").asText()).isEqualTo("127.0.0.1");
    if (detail != null) {
      assertThat(entry.path("detail").asText()).isEqualTo(detail);
    }
    return entry;
  }
}
