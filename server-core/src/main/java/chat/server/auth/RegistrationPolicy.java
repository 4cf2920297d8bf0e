package chat.server.auth;

import chat.protocol.ErrorCode;
import chat.protocol.http.Invite;
import chat.protocol.http.InviteRequest;
import chat.protocol.model.AuditAction;
import chat.protocol.model.RegistrationMode;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.server.error.ChatException;
import chat.server.id.Ids;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.MemberRole;
import chat.server.store.RegistrationStore;
import chat.server.store.RoomStore;
import chat.server.store.StorePorts;
import chat.server.store.UserStore;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may register: the mode (the configured default until an admin sets one in the store, which
 * every node reads on each registration) and the invites admins make. The first account of a new
 * server may always register, whatever the mode, so that a server started invite-only or closed
 * still gets its owner.
 *
 * <p>A room invite, made by an admin or by the room's owner, also lands whoever uses it in its room
 * (see {@code RoomInvites}); it admits a registration in {@code invite} mode like any invite, and
 * is used by one in {@code open} mode too, for its room. Changes are recorded in the {@link
 * AuditLog}.
 */
public final class RegistrationPolicy {

  /** The most invites one listing answers. */
  public static final int MAX_LISTED = 100;

  private static final Logger log = LoggerFactory.getLogger(RegistrationPolicy.class);

  private final RegistrationStore store;
  private final UserStore users;
  private final RoomStore rooms;
  private final AuditLog audit;
  private final AdminGate gate;
  private final RegistrationMode defaultMode;
  private final RateLimiter invitesPerUser;
  private final Clock clock;

  /**
   * @param invitesPerUser the per-user invite limit ({@code INVITES_PER_USER_PER_MINUTE}), shared
   *     with the rooms: each invite made takes one permit, so that creating rooms to own does not
   *     let anyone mint registration-capable invites without bound
   */
  public RegistrationPolicy(
      StorePorts stores,
      AuditLog audit,
      RegistrationMode defaultMode,
      RateLimiter invitesPerUser,
      Clock clock) {
    this.store = stores.registration();
    this.users = stores.users();
    this.rooms = stores.rooms();
    this.audit = audit;
    this.gate = new AdminGate(users);
    this.defaultMode = defaultMode;
    this.invitesPerUser = invitesPerUser;
    this.clock = clock;
  }

  /** The mode in force now. */
  public RegistrationMode mode() {
    return store.mode().orElse(defaultMode);
  }

  /**
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin
   */
  public RegistrationMode mode(AuthenticatedUser caller) {
    gate.requireAdmin(caller);
    return mode();
  }

  /**
   * Sets the mode for every node.
   *
   * @param address the caller's address, as the edge resolved it, for the audit log
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin
   */
  public RegistrationMode changeMode(
      AuthenticatedUser caller, String address, RegistrationMode mode) {
    gate.requireAdmin(caller);
    store.setMode(mode);
    log.info("user {} set registration to {}", caller.userId(), mode);
    audit.record(
        AuditAction.REGISTRATION_MODE_CHANGED,
        caller.userId(),
        null,
        mode.name().toLowerCase(Locale.ROOT),
        address);
    return mode;
  }

  /**
   * Makes an invite: a registration invite, by an admin, or a room invite (the request names a
   * room), by an admin or the room's owner. Each takes one permit of the caller's invite limit.
   *
   * @param address the caller's address, as the edge resolved it, for the audit log
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin (nor, for a room invite,
   *     the room's owner) and for a direct room; {@code NOT_FOUND} for an unknown room; {@code
   *     RATE_LIMITED} (nothing stored) when the caller's invite limit is spent
   */
  public Invite createInvite(AuthenticatedUser caller, String address, InviteRequest request) {
    if (request.roomId() == null) {
      gate.requireAdmin(caller);
    } else {
      requireRoomInviter(caller, request.roomId());
    }
    long now = clock.millis();
    long retryAfter = invitesPerUser.tryAcquire(caller.userId(), now, 1);
    if (retryAfter > 0) {
      throw ChatException.rateLimited(retryAfter);
    }
    Invite invite =
        new Invite(
            Ids.invite(),
            caller.userId(),
            now,
            now + request.expiresInSeconds() * 1_000,
            request.maxUses(),
            0,
            request.roomId());
    store.insertInvite(invite);
    log.info("user {} made an invite for {} registrations", caller.userId(), request.maxUses());
    audit.record(
        AuditAction.INVITE_CREATED, caller.userId(), invite.code(), request.roomId(), address);
    return invite;
  }

  /**
   * Removes an invite: using it is then refused as {@code INVITE_INVALID}.
   *
   * @param address the caller's address, as the edge resolved it, for the audit log
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin; {@code NOT_FOUND} for an
   *     unknown code
   */
  public void revokeInvite(AuthenticatedUser caller, String address, String code) {
    gate.requireAdmin(caller);
    if (!store.revokeInvite(code)) {
      throw ChatException.notFound("no such invite");
    }
    log.info("user {} revoked an invite", caller.userId());
    audit.record(AuditAction.INVITE_REVOKED, caller.userId(), code, null, address);
  }

  /**
   * The newest invites into a room, expired and used-up ones included, for its owner or an admin.
   *
   * @throws ChatException {@code FORBIDDEN} for anyone else and for a direct room; {@code
   *     NOT_FOUND} for an unknown room
   */
  public List<Invite> roomInvites(AuthenticatedUser caller, String roomId) {
    requireRoomInviter(caller, roomId);
    return store.invitesOfRoom(roomId, MAX_LISTED);
  }

  /**
   * Removes an invite into a room, by its owner or an admin: using it is then refused as {@code
   * INVITE_INVALID}.
   *
   * @param address the caller's address, as the edge resolved it, for the audit log
   * @throws ChatException {@code FORBIDDEN} for anyone else; {@code NOT_FOUND} for an unknown room
   *     or a code that is no invite into this room, changing nothing
   */
  public void revokeRoomInvite(
      AuthenticatedUser caller, String address, String roomId, String code) {
    requireRoomInviter(caller, roomId);
    boolean intoThisRoom =
        store.invite(code).map(invite -> roomId.equals(invite.roomId())).orElse(false);
    if (!intoThisRoom || !store.revokeInvite(code)) {
      throw ChatException.notFound("no such invite into this room");
    }
    log.info("user {} revoked an invite into a room", caller.userId());
    audit.record(AuditAction.INVITE_REVOKED, caller.userId(), code, roomId, address);
  }

  private void requireRoomInviter(AuthenticatedUser caller, String roomId) {
    Room room = rooms.find(roomId).orElseThrow(() -> ChatException.notFound("no such room"));
    if (room.visibility() == RoomVisibility.DIRECT) {
      throw ChatException.forbidden("nobody can be invited to a direct room");
    }
    boolean owner = rooms.role(roomId, caller.userId()).orElse(null) == MemberRole.OWNER;
    if (!owner) {
      try {
        gate.requireAdmin(caller);
      } catch (ChatException notAdmin) {
        throw ChatException.forbidden("only the room's owner or an admin makes its invites");
      }
    }
  }

  /**
   * The newest invites, expired and used-up ones included.
   *
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin
   */
  public List<Invite> invites(AuthenticatedUser caller) {
    gate.requireAdmin(caller);
    return store.invites(MAX_LISTED);
  }

  /**
   * Lets a registration through, taking one use of its invite when the mode asks for one, or when
   * it is a room invite in {@code open} mode; the invite whose use was taken is returned, for its
   * room and to {@link #giveBack} should the registration fail after all.
   *
   * @throws ChatException {@code REGISTRATION_CLOSED}, {@code INVITE_REQUIRED}, {@code
   *     INVITE_INVALID}, {@code INVITE_EXPIRED} or {@code INVITE_USED_UP}, each having changed
   *     nothing
   */
  Optional<Invite> admit(String invite) {
    if (users.searchByPrefix("", 1).isEmpty()) {
      return Optional.empty();
    }
    return switch (mode()) {
      case OPEN -> openAdmission(invite);
      case CLOSED ->
          throw new ChatException(
              ErrorCode.REGISTRATION_CLOSED, "this server takes no new accounts");
      case INVITE -> {
        if (invite == null || invite.isBlank()) {
          throw new ChatException(
              ErrorCode.INVITE_REQUIRED, "this server registers by invite only");
        }
        Invite found = known(invite);
        takeUse(invite);
        yield Optional.of(found);
      }
    };
  }

  /** In {@code open} mode only a room invite is used, for its room; any other is not needed. */
  private Optional<Invite> openAdmission(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    Optional<Invite> roomInvite = store.invite(code).filter(invite -> invite.roomId() != null);
    roomInvite.ifPresent(invite -> takeUse(code));
    return roomInvite;
  }

  /**
   * Gives back the use {@link #admit} or {@link #takeUse} took, for a registration or a redemption
   * that then failed.
   */
  public void giveBack(Optional<Invite> taken) {
    taken.map(Invite::code).ifPresent(store::returnInvite);
  }

  /**
   * The room invite of that code, whatever its expiry and uses.
   *
   * @throws ChatException {@code INVITE_INVALID} for an unknown code or an invite for no room
   */
  public Invite roomInvite(String code) {
    Invite invite = known(code);
    if (invite.roomId() == null) {
      throw new ChatException(ErrorCode.INVITE_INVALID, "the invite is for no room");
    }
    return invite;
  }

  /**
   * Takes one use of an invite.
   *
   * @throws ChatException {@code INVITE_INVALID}, {@code INVITE_EXPIRED} or {@code INVITE_USED_UP},
   *     each having changed nothing
   */
  public void takeUse(String code) {
    switch (store.useInvite(code, clock.millis())) {
      case ADMITTED -> {}
      case UNKNOWN -> throw new ChatException(ErrorCode.INVITE_INVALID, "no such invite");
      case EXPIRED -> throw new ChatException(ErrorCode.INVITE_EXPIRED, "the invite has expired");
      case USED_UP ->
          throw new ChatException(ErrorCode.INVITE_USED_UP, "every use of the invite is taken");
    }
  }

  private Invite known(String code) {
    return store
        .invite(code)
        .orElseThrow(() -> new ChatException(ErrorCode.INVITE_INVALID, "no such invite"));
  }
}
