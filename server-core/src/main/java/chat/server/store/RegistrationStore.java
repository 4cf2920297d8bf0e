package chat.server.store;

import chat.protocol.http.Invite;
import chat.protocol.model.RegistrationMode;
import java.util.List;
import java.util.Optional;

/**
 * Who may register: the registration mode admins set, kept in the store so every node agrees, and
 * the invites admins make. Using an invite is atomic: of two registrations racing for its last use,
 * exactly one gets it.
 */
public interface RegistrationStore {

  /** The mode an admin set; empty until one does (the server's configured default applies). */
  Optional<RegistrationMode> mode();

  void setMode(RegistrationMode mode);

  /** Stores a new invite, its {@code used} count and room as given (0 for a new one). */
  void insertInvite(Invite invite);

  /** Every invite, the newest first, at most {@code limit}. */
  List<Invite> invites(int limit);

  /** The invites into {@code roomId}, the newest first, at most {@code limit}. */
  List<Invite> invitesOfRoom(String roomId, int limit);

  /** The invite of that code, whatever its expiry and uses. */
  Optional<Invite> invite(String code);

  /**
   * Removes an invite, so that using it finds no such invite.
   *
   * @return false, changing nothing, for an unknown code
   */
  boolean revokeInvite(String code);

  /** Takes one use of the invite if it is known, unexpired at {@code now} and not used up. */
  InviteUse useInvite(String code, long now);

  /**
   * Gives back one use taken by {@link #useInvite}, for a registration that failed after taking it
   * (its name was taken meanwhile).
   */
  void returnInvite(String code);
}
