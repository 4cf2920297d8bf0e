package chat.client.ui.invite;

import chat.protocol.http.Invite;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The room invites this app made since its user signed in, the newest one per room: opening a
 * room's invite link again shows that one while it still lets someone in, instead of making another
 * on the server each time. One per main window, so it ends with the sign-in.
 */
public final class RoomLinks {

  private final Map<String, Invite> newest = new HashMap<>();

  /** Keeps {@code invite} as its room's link. */
  public void keep(Invite invite) {
    newest.put(invite.roomId(), invite);
  }

  /** Forgets the room's link, as the server no longer lists it (revoked). */
  public void forget(String roomId) {
    newest.remove(roomId);
  }

  /**
   * The room's link kept here, if it is still open at {@code nowMillis} as far as the app knows.
   */
  public Optional<Invite> open(String roomId, long nowMillis) {
    return Optional.ofNullable(newest.get(roomId)).filter(invite -> lets(invite, nowMillis));
  }

  /** Whether {@code invite} still lets someone in at {@code nowMillis}: not expired, uses left. */
  static boolean lets(Invite invite, long nowMillis) {
    return invite.expiresAt() > nowMillis && invite.used() < invite.maxUses();
  }
}
