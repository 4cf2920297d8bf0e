package chat.client.net;

import chat.client.config.Settings;
import chat.protocol.http.Invite;
import chat.protocol.http.InviteRequest;
import chat.protocol.model.Room;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Invites into one room ({@code /api/rooms/{roomId}/invites}, {@code /api/invites/{code}/redeem}):
 * its owner or an admin makes, lists and revokes them, and a signed-in user who has a link joins
 * the room with it. The server checks who may do either and refuses the rest with {@link
 * ApiException}; each call completes through the session's {@code fx} executor, as {@link
 * Administration}'s do.
 */
public final class RoomInvites {

  private final Session session;
  private final Settings settings;

  RoomInvites(Session session, Settings settings) {
    this.session = session;
    this.settings = settings;
  }

  /**
   * Makes an invite into {@code roomId} for {@code maxUses} joins, valid {@code expiresInSeconds}.
   */
  public CompletableFuture<Invite> create(String roomId, int maxUses, long expiresInSeconds) {
    InviteRequest request = new InviteRequest(maxUses, expiresInSeconds);
    return session.withToken((rest, token) -> rest.createRoomInvite(token, roomId, request));
  }

  /**
   * The invites into {@code roomId} that the signed-in user made, newest first, as the server lists
   * them to the room's owner or an admin (expired and used-up ones included, revoked ones gone).
   */
  public CompletableFuture<List<Invite>> mine(String roomId) {
    String me = session.me().userId();
    return session.withToken(
        (rest, token) ->
            rest.roomInvites(token, roomId).stream()
                .filter(invite -> me.equals(invite.createdBy()))
                .toList());
  }

  /** Revokes an invite into {@code roomId}: its link then lets nobody in. */
  public CompletableFuture<Void> revoke(String roomId, String code) {
    return session.withToken(
        (rest, token) -> {
          rest.revokeRoomInvite(token, roomId, code);
          return null;
        });
  }

  /**
   * Why {@code link} is not redeemed on this session's server, in one sentence, or empty when it
   * may be: it names another server (its {@code host:port} compared as {@link ServerAddress}
   * normalizes it), or another certificate than the one pinned for this server. Its code would
   * otherwise be sent to a server it was not made for.
   */
  public Optional<String> refusal(InviteLink link) {
    ServerAddress here = session.address();
    String linked = ServerAddress.parse(link.hostPort()).hostPort();
    if (!linked.equals(here.hostPort())) {
      return Optional.of("This link is for another server (" + linked + ")");
    }
    Optional<String> pinned =
        here.secure() ? settings.pinnedCertificate(here.hostPort()) : Optional.empty();
    if (link.fingerprint().isPresent() && !link.fingerprint().equals(pinned)) {
      return Optional.of("This link names another certificate than the one saved for " + linked);
    }
    return Optional.empty();
  }

  /**
   * Joins the room {@code link} invites into, taking one of its uses; answers the room. The caller
   * checks {@link #refusal} first.
   */
  public CompletableFuture<Room> redeem(InviteLink link) {
    return session.withToken((rest, token) -> rest.redeemInvite(token, link.code()));
  }

  /** The link to {@code invite}, as {@link Administration#linkFor} makes it for this server. */
  public InviteLink linkTo(Invite invite) {
    return session.administration().linkFor(invite.code());
  }
}
