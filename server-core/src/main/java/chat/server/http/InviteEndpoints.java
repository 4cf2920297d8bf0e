package chat.server.http;

import chat.protocol.http.InviteList;
import chat.protocol.http.InviteRequest;
import chat.protocol.result.RoomResult;
import chat.server.auth.RegistrationPolicy;
import chat.server.chat.RoomInvites;

/**
 * Invites: {@code /api/admin/invites*}, for admins; {@code POST /api/rooms/{roomId}/invites}, for
 * the room's owner or an admin; and {@code POST /api/invites/{code}/redeem}, for a signed-in user
 * joining the room of a room invite.
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
            "GET",
            "/api/admin/invites",
            r -> Response.ok(new InviteList(registration.invites(r.user()))))
        .route("POST", "/api/admin/invites", r -> create(r, r.body(InviteRequest.class)))
        .route(
            "DELETE",
            "/api/admin/invites/([^/]+)",
            r -> {
              registration.revokeInvite(r.user(), r.remoteAddress(), r.pathParam(1));
              return Response.noContent();
            })
        .route(
            "POST",
            "/api/rooms/([^/]+)/invites",
            r -> create(r, r.body(InviteRequest.class).forRoom(r.pathParam(1))))
        .route(
            "GET",
            "/api/rooms/([^/]+)/invites",
            r -> Response.ok(new InviteList(registration.roomInvites(r.user(), r.pathParam(1)))))
        .route(
            "DELETE",
            "/api/rooms/([^/]+)/invites/([^/]+)",
            r -> {
              registration.revokeRoomInvite(
                  r.user(), r.remoteAddress(), r.pathParam(1), r.pathParam(2));
              return Response.noContent();
            })
        .route(
            "POST",
            "/api/invites/([^/]+)/redeem",
            r -> Response.ok(new RoomResult(roomInvites.redeem(r.user(), r.pathParam(1)))));
  }

  private Response create(Request request, InviteRequest invite) {
    return Response.json(
        201, registration.createInvite(request.user(), request.remoteAddress(), invite));
  }
}
