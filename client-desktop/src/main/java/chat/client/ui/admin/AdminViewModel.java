package chat.client.ui.admin;

import chat.client.net.Administration;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The admin area, for the server's owner and admins: who may register, whether two-factor sign-in
 * is required, the invites, the accounts and the audit log, each a section with a view model of its
 * own.
 */
public final class AdminViewModel {

  private final RegistrationViewModel registration;
  private final InvitesViewModel invites;
  private final AccountsViewModel accounts;
  private final AuditLogViewModel auditLog;
  private final TwoFactorPolicyViewModel twoFactor;
  private final PasswordResetViewModel passwordReset;

  /**
   * @param linkFor the invite link, as text, to an invite's code
   */
  public AdminViewModel(
      Administration administration,
      String myUserId,
      Function<String, String> linkFor,
      Clock clock,
      ZoneId zone) {
    this.registration = new RegistrationViewModel(administration);
    this.invites = new InvitesViewModel(administration, linkFor, clock, zone);
    this.accounts = new AccountsViewModel(administration, myUserId, administration.role(), zone);
    this.auditLog = new AuditLogViewModel(administration, zone);
    this.twoFactor = new TwoFactorPolicyViewModel(administration);
    this.passwordReset = new PasswordResetViewModel(administration);
  }

  /** Asks the server for each section's contents. */
  public CompletableFuture<Void> load() {
    return CompletableFuture.allOf(
        registration.load(), twoFactor.load(), invites.load(), accounts.load(), auditLog.load());
  }

  public RegistrationViewModel registration() {
    return registration;
  }

  public InvitesViewModel invites() {
    return invites;
  }

  public AccountsViewModel accounts() {
    return accounts;
  }

  public PasswordResetViewModel passwordReset() {
    return passwordReset;
  }

  public TwoFactorPolicyViewModel twoFactor() {
    return twoFactor;
  }

  public AuditLogViewModel auditLog() {
    return auditLog;
  }
}
