package chat.client.net;

import chat.client.config.Settings;
import chat.protocol.http.AccountInfo;
import chat.protocol.http.AuditPage;
import chat.protocol.http.Invite;
import chat.protocol.http.InviteRequest;
import chat.protocol.http.PasswordReset;
import chat.protocol.http.RoleChange;
import chat.protocol.model.RegistrationMode;
import chat.protocol.model.ServerRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The server's administration as its owner and admins use it ({@code /api/admin/*}): accounts, who
 * may register, and invites. The server checks the caller's role on every call and refuses the rest
 * with {@link ApiException}; each call completes through the session's {@code fx} executor and
 * fails with {@link OfflineException} when nobody is signed in, as {@link Account}'s do.
 */
public final class Administration {

  private final Session session;
  private final Settings settings;

  Administration(Session session, Settings settings) {
    this.session = session;
    this.settings = settings;
  }

  /** The signed-in user's role as of the last sign-in or refresh; null when signed out. */
  public ServerRole role() {
    return session.role();
  }

  /** Whether the signed-in user administers the server (owner or admin). */
  public boolean administers() {
    ServerRole role = role();
    return role != null && role.administers();
  }

  /** Accounts whose name starts with {@code query} (all for an empty one), by name. */
  public CompletableFuture<List<AccountInfo>> accounts(String query) {
    return session.withToken((rest, token) -> rest.accounts(token, query));
  }

  /** Names an admin, or makes one a member again (the owner's call alone). */
  public CompletableFuture<AccountInfo> changeRole(String userId, ServerRole role) {
    return session.withToken(
        (rest, token) -> rest.changeAccount(token, userId, "role", new RoleChange(role)));
  }

  /** Deactivates an account: it is signed out everywhere at once and cannot sign in. */
  public CompletableFuture<AccountInfo> deactivate(String userId) {
    return session.withToken(
        (rest, token) -> rest.changeAccount(token, userId, "deactivate", Map.of()));
  }

  /** Lets a deactivated account sign in again. */
  public CompletableFuture<AccountInfo> reactivate(String userId) {
    return session.withToken(
        (rest, token) -> rest.changeAccount(token, userId, "reactivate", Map.of()));
  }

  /**
   * A page of the audit log, newest first: the newest (null) or those older than {@code before}.
   */
  public CompletableFuture<AuditPage> auditLog(Long before) {
    return session.withToken((rest, token) -> rest.audit(token, before));
  }

  /** Whether two-factor sign-in is required of everyone. */
  public CompletableFuture<Boolean> twoFactorRequired() {
    return session.withToken((rest, token) -> rest.twoFactorRequired(token, null));
  }

  /** Requires two-factor sign-in of everyone, or stops requiring it; answers the setting now. */
  public CompletableFuture<Boolean> requireTwoFactor(boolean required) {
    return session.withToken((rest, token) -> rest.twoFactorRequired(token, required));
  }

  /** Sets a temporary password, which the account must replace at its next sign-in. */
  public CompletableFuture<AccountInfo> resetPassword(String userId, String temporary) {
    return session.withToken(
        (rest, token) ->
            rest.changeAccount(token, userId, "password", new PasswordReset(temporary)));
  }

  /** Who may register now. */
  public CompletableFuture<RegistrationMode> registration() {
    return session.withToken(RestApi::registration);
  }

  /** Sets who may register, for every node of the server. */
  public CompletableFuture<RegistrationMode> setRegistration(RegistrationMode mode) {
    return session.withToken((rest, token) -> rest.setRegistration(token, mode));
  }

  /** The newest invites, expired and used-up ones included, newest first. */
  public CompletableFuture<List<Invite>> invites() {
    return session.withToken(RestApi::invites);
  }

  /** Makes an invite for {@code maxUses} registrations, valid for {@code expiresInSeconds}. */
  public CompletableFuture<Invite> createInvite(int maxUses, long expiresInSeconds) {
    InviteRequest request = new InviteRequest(maxUses, expiresInSeconds);
    return session.withToken((rest, token) -> rest.createInvite(token, request));
  }

  /** Revokes an invite: using it is refused from now on. */
  public CompletableFuture<Void> revokeInvite(String code) {
    return session.withToken(
        (rest, token) -> {
          rest.revokeInvite(token, code);
          return null;
        });
  }

  /**
   * The link to {@code code} on this session's server, at the address the app reached it by, with
   * the certificate the app pinned for it (none for a plain server).
   */
  public InviteLink linkFor(String code) {
    ServerAddress address = session.address();
    Optional<String> pinned =
        address.secure() ? settings.pinnedCertificate(address.hostPort()) : Optional.empty();
    return InviteLink.to(address, code, pinned);
  }
}
