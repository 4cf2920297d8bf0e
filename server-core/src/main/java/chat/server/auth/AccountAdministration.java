package chat.server.auth;

import chat.protocol.Limits;
import chat.protocol.http.AccountInfo;
import chat.protocol.model.AuditAction;
import chat.protocol.model.ServerRole;
import chat.server.error.ChatException;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What admins do to accounts: list them, deactivate and reactivate them, reset their password, and,
 * for the owner alone, name and unname admins; each change is recorded in the {@link AuditLog}.
 * Each role acts only on accounts ranked below it ({@link ServerRole#outranks}), so nobody acts on
 * the owner and nobody on themselves. The caller's role is read from the store on every call, so a
 * role taken away counts at once on every node.
 */
public final class AccountAdministration {

  /** The most accounts one listing answers. */
  public static final int MAX_LISTED = 100;

  private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

  private final UserStore users;
  private final SessionService sessions;
  private final PasswordHasher hasher;
  private final AuditLog audit;
  private final AdminGate gate;
  private final SecondFactorSignIn secondFactor;

  /**
   * @param secondFactor whose pending tokens a password reset voids
   */
  public AccountAdministration(
      UserStore users,
      SessionService sessions,
      PasswordHasher hasher,
      AuditLog audit,
      SecondFactorSignIn secondFactor) {
    this.users = users;
    this.sessions = sessions;
    this.secondFactor = secondFactor;
    this.hasher = hasher;
    this.audit = audit;
    this.gate = new AdminGate(users);
  }

  /**
   * Accounts whose name starts with {@code prefix} (all for none), by name, at most {@value
   * #MAX_LISTED}.
   *
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin; {@code INVALID_INPUT} for
   *     a prefix longer than a username
   */
  public List<AccountInfo> list(AuthenticatedUser caller, String prefix) {
    requireAdmin(caller);
    String start = prefix == null ? "" : prefix.strip();
    if (start.length() > Limits.USERNAME_MAX) {
      throw ChatException.invalidInput(
          "query", "query must be at most " + Limits.USERNAME_MAX + " characters");
    }
    return users.searchByPrefix(start, MAX_LISTED).stream().map(this::info).toList();
  }

  /**
   * Names an admin or makes one a member again.
   *
   * @param address the caller's address, as the edge resolved it, for the audit log
   * @throws ChatException {@code FORBIDDEN} for a caller who is not the owner, or aimed at the
   *     owner; {@code NOT_FOUND}
   */
  public AccountInfo changeRole(
      AuthenticatedUser caller, String address, String userId, ServerRole role) {
    if (requireAdmin(caller) != ServerRole.OWNER) {
      throw ChatException.forbidden("only the owner names admins");
    }
    UserAccount target = target(caller, userId, ServerRole.OWNER);
    if (!users.updateRole(target.userId(), role)) {
      throw ChatException.forbidden("the owner's role never changes");
    }
    log.info("user {} made user {} {}", caller.userId(), userId, role);
    audit.record(
        AuditAction.ROLE_CHANGED,
        caller.userId(),
        userId,
        role.name().toLowerCase(Locale.ROOT),
        address);
    return info(stored(userId));
  }

  /**
   * Deactivates an account: it can no longer log in or refresh, every session of it is revoked, and
   * every node closes its sockets at once.
   *
   * @param address the caller's address, as the edge resolved it, for the audit log
   * @throws ChatException {@code FORBIDDEN} (no admin, or a target not ranked below the caller),
   *     {@code NOT_FOUND}
   */
  public AccountInfo deactivate(AuthenticatedUser caller, String address, String userId) {
    setDeactivated(caller, address, userId, true);
    sessions.revokeAllOf(userId);
    return info(stored(userId));
  }

  /**
   * Lets a deactivated account log in again; its old sessions stay revoked.
   *
   * @param address the caller's address, as the edge resolved it, for the audit log
   * @throws ChatException {@code FORBIDDEN} (no admin, or a target not ranked below the caller),
   *     {@code NOT_FOUND}
   */
  public AccountInfo reactivate(AuthenticatedUser caller, String address, String userId) {
    setDeactivated(caller, address, userId, false);
    return info(stored(userId));
  }

  /**
   * Gives an account a temporary password: every session of it is revoked, every login of it
   * waiting for its second step is voided, every node closes its sockets at once, and its next
   * login is refused with {@code PASSWORD_CHANGE_REQUIRED} until it chooses a new password. Like
   * deactivation, only for accounts ranked below the caller: never the owner, never the caller's
   * own.
   *
   * @param address the caller's address, as the edge resolved it, for the audit log
   * @throws ChatException {@code FORBIDDEN} (no admin, or a target not ranked below the caller),
   *     {@code NOT_FOUND}, {@code INVALID_INPUT} (a password register would refuse)
   */
  public AccountInfo resetPassword(
      AuthenticatedUser caller, String address, String userId, String password) {
    UserAccount target = target(caller, userId, requireAdmin(caller));
    PasswordHasher.requireAcceptable(password, "password");
    if (!users.resetPassword(target.userId(), hasher.hash(password))) {
      throw ChatException.notFound("no such user");
    }
    sessions.revokeAllOf(userId);
    secondFactor.forgetPendingOf(userId);
    log.info("user {} reset the password of user {}", caller.userId(), userId);
    audit.record(AuditAction.PASSWORD_RESET, caller.userId(), userId, null, address);
    return info(stored(userId));
  }

  private void setDeactivated(
      AuthenticatedUser caller, String address, String userId, boolean deactivated) {
    UserAccount target = target(caller, userId, requireAdmin(caller));
    if (!users.updateDeactivated(target.userId(), deactivated)) {
      throw ChatException.forbidden("the owner cannot be deactivated");
    }
    log.info(
        "user {} {} user {}", caller.userId(), deactivated ? "deactivated" : "reactivated", userId);
    audit.record(
        deactivated ? AuditAction.ACCOUNT_DEACTIVATED : AuditAction.ACCOUNT_REACTIVATED,
        caller.userId(),
        userId,
        null,
        address);
  }

  /**
   * The account acted on, which must rank below {@code callerRole}. A deleted account is gone for
   * good: it is {@code NOT_FOUND}, like an unknown id, so that nothing (a password reset least of
   * all) brings it back.
   */
  private UserAccount target(AuthenticatedUser caller, String userId, ServerRole callerRole) {
    UserAccount target =
        users
            .findById(userId)
            .filter(found -> users.deletedAmong(Set.of(found.userId())).isEmpty())
            .orElseThrow(() -> ChatException.notFound("no such user"));
    if (!callerRole.outranks(target.role())) {
      throw ChatException.forbidden(
          caller.userId().equals(userId)
              ? "admins do not act on their own account"
              : "the " + target.role().name().toLowerCase(Locale.ROOT) + " outranks you");
    }
    return target;
  }

  private ServerRole requireAdmin(AuthenticatedUser caller) {
    return gate.requireAdmin(caller);
  }

  private UserAccount stored(String userId) {
    return users.findById(userId).orElseThrow(() -> ChatException.notFound("no such user"));
  }

  private AccountInfo info(UserAccount account) {
    return new AccountInfo(
        account.userId(),
        account.username(),
        account.displayName(),
        account.role(),
        account.deactivated(),
        account.createdAt(),
        account.lastSeen(),
        sessions.liveCount(account.userId()));
  }
}
