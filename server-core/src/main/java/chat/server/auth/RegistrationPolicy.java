package chat.server.auth;

import chat.protocol.ErrorCode;
import chat.protocol.http.Invite;
import chat.protocol.http.InviteRequest;
import chat.protocol.model.RegistrationMode;
import chat.server.error.ChatException;
import chat.server.id.Ids;
import chat.server.store.RegistrationStore;
import chat.server.store.UserStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may register: the mode (the configured default until an admin sets one in the store, which
 * every node reads on each registration) and the invites admins make. The first account of a new
 * server may always register, whatever the mode, so that a server started invite-only or closed
 * still gets its owner.
 */
public final class RegistrationPolicy {

  /** The most invites one listing answers. */
  public static final int MAX_LISTED = 100;

  private static final Logger log = LoggerFactory.getLogger(RegistrationPolicy.class);

  private final RegistrationStore store;
  private final UserStore users;
  private final AdminGate gate;
  private final RegistrationMode defaultMode;
  private final Clock clock;

  public RegistrationPolicy(
      RegistrationStore store, UserStore users, RegistrationMode defaultMode, Clock clock) {
    this.store = store;
    this.users = users;
    this.gate = new AdminGate(users);
    this.defaultMode = defaultMode;
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
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin
   */
  public RegistrationMode changeMode(AuthenticatedUser caller, RegistrationMode mode) {
    gate.requireAdmin(caller);
    store.setMode(mode);
    log.info("user {} set registration to {}", caller.userId(), mode);
    return mode;
  }

  /**
   * Makes an invite.
   *
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin
   */
  public Invite createInvite(AuthenticatedUser caller, InviteRequest request) {
    gate.requireAdmin(caller);
    long now = clock.millis();
    Invite invite =
        new Invite(
            Ids.invite(),
            caller.userId(),
            now,
            now + request.expiresInSeconds() * 1_000,
            request.maxUses(),
            0);
    store.insertInvite(invite);
    log.info("user {} made an invite for {} registrations", caller.userId(), request.maxUses());
    return invite;
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
   * Lets a registration through, taking one use of its invite when the mode asks for one; the code
   * whose use was taken is returned, to {@link #giveBack} should the registration fail after all.
   *
   * @throws ChatException {@code REGISTRATION_CLOSED}, {@code INVITE_REQUIRED}, {@code
   *     INVITE_INVALID}, {@code INVITE_EXPIRED} or {@code INVITE_USED_UP}, each having changed
   *     nothing
   */
  Optional<String> admit(String invite) {
    if (users.searchByPrefix("", 1).isEmpty()) {
      return Optional.empty();
    }
    return switch (mode()) {
      case OPEN -> Optional.empty();
      case CLOSED ->
          throw new ChatException(
              ErrorCode.REGISTRATION_CLOSED, "this server takes no new accounts");
      case INVITE -> Optional.of(useInvite(invite));
    };
  }

  /** Gives back the use {@link #admit} took, for a registration that then failed. */
  void giveBack(Optional<String> taken) {
    taken.ifPresent(store::returnInvite);
  }

  private String useInvite(String code) {
    if (code == null || code.isBlank()) {
      throw new ChatException(ErrorCode.INVITE_REQUIRED, "this server registers by invite only");
    }
    return switch (store.useInvite(code, clock.millis())) {
      case ADMITTED -> code;
      case UNKNOWN -> throw new ChatException(ErrorCode.INVITE_INVALID, "no such invite");
      case EXPIRED -> throw new ChatException(ErrorCode.INVITE_EXPIRED, "the invite has expired");
      case USED_UP ->
          throw new ChatException(ErrorCode.INVITE_USED_UP, "every use of the invite is taken");
    };
  }
}
