package chat.client.ui.admin;

import chat.client.net.Administration;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The admin area, for the server's owner and admins: who may register, the invites and the
 * accounts, each a section with a view model of its own.
 */
public final class AdminViewModel {

  private final RegistrationViewModel registration;
  private final InvitesViewModel invites;
  private final AccountsViewModel accounts;

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
  }

  /** Asks the server for each section's contents. */
  public CompletableFuture<Void> load() {
    return CompletableFuture.allOf(registration.load(), invites.load(), accounts.load());
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
}
