package chat.client.support;

import chat.protocol.client.RoomBan;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomMembers;
import chat.protocol.client.RoomRoleSet;
import chat.protocol.client.RoomSlowMode;
import chat.protocol.model.RoomRole;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MembersResult;
import chat.protocol.result.RoomResult;

/** A room with something in its Room settings panel, for the tests that look at that panel. */
public final class ModeratedRooms {

  private static final long DAY = 86_400;

  private ModeratedRooms() {}

  /**
   * Makes {@code moderator}, a member of {@code owner}'s room, one of its moderators, bans a
   * newcomer, carol, from it for a day and sets its slow mode to 30 s.
   */
  public static void withABanAndSlowMode(
      LiveServer server, Peer owner, String roomId, String moderator) {
    String carol;
    try (Peer banned = Peer.register(server, "carol")) {
      banned.request(id -> new RoomJoin(id, roomId), RoomResult.class);
      carol = banned.userId();
    }
    owner.request(id -> new RoomBan(id, roomId, carol, DAY), EmptyResult.class);
    owner.request(id -> new RoomSlowMode(id, roomId, 30), EmptyResult.class);
    String moderatorId =
        owner.request(id -> new RoomMembers(id, roomId), MembersResult.class).members().stream()
            .filter(user -> user.username().equals(moderator))
            .findFirst()
            .orElseThrow()
            .userId();
    owner.request(
        id -> new RoomRoleSet(id, roomId, moderatorId, RoomRole.MODERATOR), EmptyResult.class);
  }
}
