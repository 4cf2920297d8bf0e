package chat.client.net;

import chat.protocol.http.Invite;
import chat.protocol.http.InviteRequest;
import chat.protocol.model.Room;
import java.util.concurrent.CompletableFuture;

/**
 * Invites into one room ({@code /api/rooms/{roomId}/invites}, {@code /api/invites/{code}/redeem}):
 * its owner or an admin makes one, and a signed-in user who has its link joins the room with it.
 * The server checks who may do either and refuses the rest with {@link ApiException}; each call
 * completes through the session's {@code fx} executor, as {@link Administration}'s do.
 */
public final class RoomInvites {

  private final Session session;

  RoomInvites(Session session) {
    this.session = session;
  }

  /**
   * Makes an invite into {@code roomId} for {@code maxUses} joins, valid {@code expiresInSeconds}.
   */
  public CompletableFuture<Invite> create(String roomId, int maxUses, long expiresInSeconds) {
    InviteRequest request = new InviteRequest(maxUses, expiresInSeconds);
    return session.withToken((rest, token) -> rest.createRoomInvite(token, roomId, request));
  }

  /** Joins the room {@code link} invites into, taking one of its uses; answers the room. */
  public CompletableFuture<Room> redeem(InviteLink link) {
    return session.withToken((rest, token) -> rest.redeemInvite(token, link.code()));
  }

  /** The link to {@code invite}, as {@link Administration#linkFor} makes it for this server. */
  public InviteLink linkTo(Invite invite) {
    return session.administration().linkFor(invite.code());
  }
}
