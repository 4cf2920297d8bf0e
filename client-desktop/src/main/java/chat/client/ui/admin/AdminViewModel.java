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
public record AdminViewModel(
    RegistrationViewModel registration,
    InvitesViewModel invites,
    AccountsViewModel accounts,
    AuditLogViewModel auditLog,
    TwoFactorPolicyViewModel twoFactor,
    PasswordResetViewModel passwordReset) {

  /**
   * @param linkFor the invite link, as text, to an invite's code
   */
  public AdminViewModel(
      Administration administration,
      String myUserId,
      Function<String, String> linkFor,
      Clock clock,
      ZoneId zone) {
    this(
        new RegistrationViewModel(administration),
        new InvitesViewModel(administration, linkFor, clock, zone),
        new AccountsViewModel(administration, myUserId, administration.role(), zone),
        new AuditLogViewModel(administration, zone),
        new TwoFactorPolicyViewModel(administration),
        new PasswordResetViewModel(administration));
  }

  /** Asks the server for each section's contents. */
  public CompletableFuture<Void> load() {
    return CompletableFuture.allOf(
        registration.load(), twoFactor.load(), invites.load(), accounts.load(), auditLog.load());
  }
}
