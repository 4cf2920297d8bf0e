package chat.server.ws;

import chat.protocol.CloseCodes;
import chat.protocol.ErrorCode;
import chat.protocol.result.EmptyResult;
import chat.protocol.server.Ack;
import chat.server.auth.AuthenticatedUser;
import chat.server.auth.SessionService;
import chat.server.chat.PresenceService;
import chat.server.edge.ErrorMapper;

/**
 * Turns a socket's token into a registered connection whose user is online, or into a closed
 * socket. Kept apart from {@link SocketGateway} because its order matters: a socket that closes
 * while being registered must not leave its user online for good.
 */
record SocketAuthentication(
    SessionService sessions,
    PresenceService presence,
    ConnectionRegistry registry,
    ErrorMapper errors) {

  /**
   * Authenticates the socket, or closes it with {@link CloseCodes#UNAUTHORIZED} and the refusal's
   * code as the reason; when the server is at fault (its store unreachable, or a bug), closes it
   * with {@link CloseCodes#TRY_AGAIN_LATER} and reason {@code INTERNAL} so the client connects
   * again. Either way it never stays open and unauthenticated.
   */
  void authenticate(ClientConnection connection, String token, String requestId) {
    AuthenticatedUser user;
    try {
      user = sessions.authenticate(token).from(connection.address().getHostAddress());
    } catch (RuntimeException e) {
      ErrorCode refusal = errors.toWire(e, "socket auth").body().code();
      boolean tokenRefused =
          refusal == ErrorCode.UNAUTHORIZED || refusal == ErrorCode.TOKEN_EXPIRED;
      connection.close(
          tokenRefused ? CloseCodes.UNAUTHORIZED : CloseCodes.TRY_AGAIN_LATER, refusal.name());
      return;
    }
    if (!connection.socket().isOpen()) {
      return;
    }
    connection.authenticated(user);
    registry.add(connection);
    try {
      presence.socketOpened(user.userId());
    } catch (RuntimeException e) {
      // Registered, the socket gets its rooms' events; only the user's presence may lag. Thrown on,
      // the failure answered an auth frame with an error although the socket stayed registered,
      // and was logged as a bug with a stack trace for each socket.
      errors.toWire(e, "socket presence");
    }
    if (!connection.socket().isOpen() && registry.remove(connection)) {
      // It closed while being registered, before onClose could find it: undo, or the user would
      // stay online for good. Had onClose found it, its offline would be queued behind this.
      presence.socketClosed(user.userId());
      return;
    }
    if (requestId != null) {
      connection.send(new Ack(requestId, EmptyResult.INSTANCE));
    }
  }
}
