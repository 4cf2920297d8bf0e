package chat.server.chat;

import chat.protocol.http.Invite;
import chat.protocol.model.Room;
import chat.server.auth.AuthenticatedUser;
import chat.server.auth.RegistrationPolicy;
import chat.server.auth.RoomLanding;
import chat.server.error.ChatException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Room invites at work: a newcomer who registered with one lands in its room, and an existing user
 * redeems one to join its room, private ones included. Either way the room's members get {@code
 * room.updated}.
 */
public final class RoomInvites implements RoomLanding {

  private static final Logger log = LoggerFactory.getLogger(RoomInvites.class);

  private final RegistrationPolicy registration;
  private final RoomService rooms;

  public RoomInvites(RegistrationPolicy registration, RoomService rooms) {
    this.registration = registration;
    this.rooms = rooms;
  }

  /** A room gone since its invite was made lands the newcomer nowhere; the account stays. */
  @Override
  public void land(String userId, String roomId) {
    try {
      rooms.admitInvited(roomId, userId);
    } catch (ChatException roomGone) {
      log.info("user {} registered with an invite to room {}, which is gone", userId, roomId);
    }
  }

  /**
   * Joins the room of a room invite, taking one of its uses; a member of the room already takes no
   * use. A ban is checked before the use is taken; should joining be refused after all (a ban
   * stored meanwhile, the room gone), the use is given back.
   *
   * @throws ChatException {@code INVITE_INVALID} (unknown, revoked, or an invite for no room),
   *     {@code INVITE_EXPIRED}, {@code INVITE_USED_UP}, {@code BANNED} (banned from its room), each
   *     having changed nothing; {@code NOT_FOUND} for a room gone
   */
  public Room redeem(AuthenticatedUser caller, String code) {
    Invite invite = registration.roomInvite(code);
    if (rooms.memberIds(invite.roomId()).contains(caller.userId())) {
      return rooms.admitInvited(invite.roomId(), caller.userId());
    }
    rooms.requireNotBanned(invite.roomId(), caller.userId()); // before the use is taken
    registration.takeUse(code);
    try {
      return rooms.admitInvited(invite.roomId(), caller.userId());
    } catch (ChatException refused) {
      registration.giveBack(Optional.of(invite));
      throw refused;
    }
  }
}
