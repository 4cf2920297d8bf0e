package chat.server.http;

import chat.protocol.http.InviteRequest;
import chat.protocol.result.RoomResult;
import chat.server.auth.RegistrationPolicy;
import chat.server.chat.RoomInvites;

/**
 * Room invites: {@code POST /api/rooms/{roomId}/invites}, for the room's owner or an admin, and
 * {@code POST /api/invites/{code}/redeem}, for a signed-in user joining the invite's room.
 */
final class InviteEndpoints {

  private final RegistrationPolicy registration;
  private final RoomInvites roomInvites;

  InviteEndpoints(RegistrationPolicy registration, RoomInvites roomInvites) {
    this.registration = registration;
    this.roomInvites = roomInvites;
  }

  void addTo(Router router) {
    router
        .route(
            "POST",
            "/api/rooms/([^/]+)/invites",
            r ->
                Response.json(
                    201,
                    registration.createInvite(
                        r.user(),
                        r.remoteAddress(),
                        r.body(InviteRequest.class).forRoom(r.pathParam(1)))))
        .route(
            "POST",
            "/api/invites/([^/]+)/redeem",
            r -> Response.ok(new RoomResult(roomInvites.redeem(r.user(), r.pathParam(1)))));
  }
}
