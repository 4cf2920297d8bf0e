package chat.client.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.client.net.ApiException;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.HeldReplies;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.support.TestUiThread;
import chat.client.support.Waits;
import chat.client.ui.admin.AccountsViewModel.Row;
import chat.protocol.CloseCodes;
import chat.protocol.ErrorCode;
import chat.protocol.model.RegistrationMode;
import chat.protocol.model.ServerRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin area's sections against a real server, without the toolkit: alice registered first and
 * owns it; bob and carol are members.
 */
class AdminViewModelsTest {

  @TempDir Path dir;
  private LiveServer server;
  private Session alice;
  private Peer bob;
  private Peer carol;

  @BeforeEach
  void start() {
    server = LiveServer.start(dir.resolve("server"));
    alice = Clients.signedUp(server, dir.resolve("alice"), "alice");
    bob = Peer.register(server, "bob");
    carol = Peer.register(server, "carol");
  }

  @AfterEach
  void stop() {
    bob.close();
    carol.close();
    alice.close();
    server.close();
  }

  private AdminViewModel adminOf(Session session) {
    return new AdminViewModel(
        session.administration(),
        session.me().userId(),
        code -> session.administration().linkFor(code).text(),
        Clock.systemUTC(),
        ZoneOffset.UTC);
  }

  private static Row row(AccountsViewModel accounts, String username) {
    return accounts.rows().stream()
        .filter(r -> r.username().equals(username))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAccountSearchAnswerArrivingAfterTheQueryChangedIsDropped() throws InterruptedException {
    AccountsViewModel accounts = adminOf(alice).accounts();
    CountDownLatch typed = new CountDownLatch(1);
    TestUiThread.executor()
        .execute(
            () -> {
              try {
                typed.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    accounts.queryProperty().set("b");
    CompletableFuture<Void> forB = accounts.load();
    accounts.queryProperty().set("c");
    typed.countDown();

    forB.join();

    assertThat(accounts.rows()).as("bob's answer came for a query no longer typed").isEmpty();
    accounts.load().join();
    assertThat(accounts.rows()).extracting(Row::username).containsExactly("carol");
  }

  @Test
  void accountsShowTheirRoleSessionsAndWhatTheOwnerMayDo() {
    AccountsViewModel accounts = adminOf(alice).accounts();
    accounts.load().join();

    assertThat(accounts.rows()).extracting(Row::username).containsExactly("alice", "bob", "carol");
    Row me = row(accounts, "alice");
    assertThat(me.title()).isEqualTo("alice · you");
    assertThat(me.detail()).isEqualTo("Owner · not seen offline yet · 1 session");
    assertThat(me.nextRole()).isNull();
    assertThat(me.actsOn()).isFalse();
    Row bobs = row(accounts, "bob");
    assertThat(bobs.detail()).startsWith("Member · ").endsWith(" · 1 session");
    assertThat(bobs.nextRole()).isEqualTo(ServerRole.ADMIN);
    assertThat(bobs.actsOn()).isTrue();
  }

  @Test
  void searchingListsTheNamesStartingWithTheQuery() {
    AccountsViewModel accounts = adminOf(alice).accounts();
    accounts.queryProperty().set(" ca");
    accounts.load().join();

    assertThat(accounts.rows()).extracting(Row::username).containsExactly("carol");
  }

  @Test
  void deactivatingAfterTheQuestionSignsTheAccountOutAndShowsInTheList() {
    AccountsViewModel accounts = adminOf(alice).accounts();
    accounts.load().join();

    accounts.askToDeactivate(row(accounts, "bob"));
    assertThat(accounts.questionProperty().get()).startsWith("Deactivate bob? ");
    accounts.confirmDeactivate().join();

    assertThat(accounts.questionProperty().get()).isEmpty();
    assertThat(row(accounts, "bob").deactivated()).isTrue();
    assertThat(row(accounts, "bob").detail()).startsWith("Member, deactivated · ");
    Waits.until("bob's socket closed", () -> bob.closeCode() == CloseCodes.UNAUTHORIZED);

    accounts.reactivate(row(accounts, "bob")).join();
    assertThat(row(accounts, "bob").deactivated()).isFalse();
  }

  @Test
  void cancellingTheQuestionLeavesTheAccountActive() {
    AccountsViewModel accounts = adminOf(alice).accounts();
    accounts.load().join();

    accounts.askToDeactivate(row(accounts, "bob"));
    accounts.cancel();
    accounts.confirmDeactivate().join();

    accounts.load().join();
    assertThat(row(accounts, "bob").deactivated()).isFalse();
    assertThat(bob.closeCode()).isZero();
  }

  @Test
  void anAdminActsOnMembersOnlyAndARefusalShowsInOneSentenceChangingNothing() {
    AccountsViewModel owners = adminOf(alice).accounts();
    owners.load().join();
    owners.changeRole(row(owners, "bob")).join();
    assertThat(row(owners, "bob").detail()).startsWith("Admin · ");
    assertThat(row(owners, "bob").nextRole()).isEqualTo(ServerRole.MEMBER);

    try (Session bobsApp = Clients.probed(server, dir.resolve("bobs-app"))) {
      bobsApp.login("bob", "password123").join();
      AccountsViewModel admins = adminOf(bobsApp).accounts();
      admins.load().join();
      assertThat(row(admins, "alice").actsOn()).as("the owner outranks an admin").isFalse();
      assertThat(row(admins, "carol").actsOn()).isTrue();
      assertThat(row(admins, "carol").nextRole()).as("only the owner names admins").isNull();

      Row carols = row(admins, "carol");
      admins
          .changeRole(new Row(carols.userId(), "carol", "carol", "", false, ServerRole.ADMIN, true))
          .join();

      assertThat(admins.errorProperty().get()).isEqualTo("Only the owner names admins.");
      admins.load().join();
      assertThat(row(admins, "carol").detail()).startsWith("Member · ");
    }
  }

  @Test
  void aMemberOpeningTheAdminAreaIsRefusedInOneSentence() {
    try (Session carolsApp = Clients.probed(server, dir.resolve("carols-app"))) {
      carolsApp.login("carol", "password123").join();
      assertThat(carolsApp.administration().administers()).isFalse();
      AdminViewModel admin = adminOf(carolsApp);

      admin.load().join();

      assertThat(admin.accounts().errorProperty().get()).isEqualTo("Admins only.");
      assertThat(admin.registration().errorProperty().get()).isEqualTo("Admins only.");
      assertThat(admin.accounts().rows()).isEmpty();
    }
  }

  @Test
  void changingTheRegistrationModeIsWhatNewcomersAreTold() {
    RegistrationViewModel registration = adminOf(alice).registration();
    registration.load().join();
    assertThat(registration.modeProperty().get()).isEqualTo(RegistrationMode.OPEN);

    registration.choose(RegistrationMode.CLOSED).join();

    assertThat(registration.modeProperty().get()).isEqualTo(RegistrationMode.CLOSED);
    try (Session newcomer = Clients.probed(server, dir.resolve("newcomer"))) {
      assertThat(newcomer.serverInfo().registration()).isEqualTo(RegistrationMode.CLOSED);
    }
  }

  @Test
  void creatingAnInviteShowsItsLinkAndListsItWithItsUsesLeft() {
    InvitesViewModel invites = adminOf(alice).invites();
    invites.usesProperty().set("3");
    invites.expiryProperty().set(InviteExpiry.ONE_DAY);

    invites.create().join();

    assertThat(invites.errorProperty().get()).isEmpty();
    assertThat(invites.shownProperty().get())
        .startsWith(server.address().replace("127.0.0.1", "chat://127.0.0.1") + "/invite/i_");
    assertThat(invites.rows()).hasSize(1);
    assertThat(invites.rows().getFirst().detail()).startsWith("3 of 3 uses left · expires ");
    assertThat(invites.rows().getFirst().link()).isEqualTo(invites.shownProperty().get());
    assertThat(invites.rows().getFirst().usable()).isTrue();
  }

  @Test
  void usesOutOfRangeAreRefusedBeforeAnythingIsSent() {
    InvitesViewModel invites = adminOf(alice).invites();
    invites.usesProperty().set("0");

    invites.create().join();

    assertThat(invites.errorProperty().get()).isEqualTo("Uses is a number from 1 to 1000.");
    invites.load().join();
    assertThat(invites.rows()).isEmpty();
    assertThat(invites.shownProperty().get()).isEmpty();
  }

  @Test
  void theAuditLogShowsEachEntryAsOneLineNewestFirstWithUsernames() {
    alice.administration().deactivate(bob.userId()).join();
    alice.administration().reactivate(bob.userId()).join();
    AuditLogViewModel auditLog = adminOf(alice).auditLog();

    auditLog.load().join();

    assertThat(auditLog.lines()).hasSize(2);
    assertThat(auditLog.lines().getFirst())
        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d · alice · reactivated · bob · from .+");
    assertThat(auditLog.lines().get(1)).contains(" · alice · deactivated · bob · ");
    assertThat(auditLog.hasOlderProperty().get()).isFalse();
    assertThat(auditLog.errorProperty().get()).isEmpty();
  }

  @Test
  void anOlderPageAnsweredAfterARefreshIsNotAddedToTheRefreshedLog() {
    HeldReplies replies = new HeldReplies();
    try (Session admin = Clients.signedIn(server, dir.resolve("held"), "alice", replies)) {
      for (int i = 0; i < 30; i++) {
        alice.administration().deactivate(bob.userId()).join();
        alice.administration().reactivate(bob.userId()).join();
      }
      AuditLogViewModel auditLog = adminOf(admin).auditLog();
      auditLog.load().join();
      assertThat(auditLog.hasOlderProperty().get()).as("more than a page").isTrue();

      replies.holdNext();
      CompletableFuture<Void> older = auditLog.older();
      replies.awaitHeld();
      auditLog.load().join();
      List<String> refreshed = List.copyOf(auditLog.lines());
      replies.release();
      older.join();

      assertThat(auditLog.lines()).as("the refreshed page alone").isEqualTo(refreshed);
    }
  }

  @Test
  void theOwnerRequiresTwoFactorForEveryoneAndAMemberIsRefusedTheSwitch() {
    try (Session bobs = Clients.probed(server, dir.resolve("bob"))) {
      bobs.login("bob", "password123").join();
      TwoFactorPolicyViewModel members = adminOf(bobs).twoFactor();
      members.require(true).join();
      assertThat(members.errorProperty().get()).isNotEmpty().endsWith(".");
    }
    TwoFactorPolicyViewModel owners = adminOf(alice).twoFactor();
    owners.load().join();
    assertThat(owners.requiredProperty().get()).isFalse();

    owners.require(true).join();

    assertThat(owners.requiredProperty().get()).isTrue();
    assertThat(owners.errorProperty().get()).isEmpty();
  }

  @Test
  void aRevokedInviteLeavesTheListAndItsLink() {
    InvitesViewModel invites = adminOf(alice).invites();
    invites.create().join();
    assertThat(invites.rows()).hasSize(1);
    assertThat(invites.shownProperty().get()).isNotEmpty();

    invites.revoke(invites.rows().getFirst()).join();

    assertThat(invites.rows()).isEmpty();
    assertThat(invites.shownProperty().get()).isEmpty();
    assertThat(invites.errorProperty().get()).isEmpty();
  }

  @Test
  void aResetPasswordIsShownOnceAndTheAccountMustRenewIt() {
    AdminViewModel admin = adminOf(alice);
    admin.accounts().load().join();
    PasswordResetViewModel reset = admin.passwordReset();
    reset.ask(row(admin.accounts(), "bob"));
    assertThat(reset.questionProperty().get()).isEqualTo("Temporary password for bob");

    reset.temporaryProperty().set("temporary1");
    reset.confirm().join();

    assertThat(reset.doneProperty().get()).startsWith("bob's temporary password is set");
    assertThat(reset.temporaryProperty().get()).isEqualTo("temporary1");
    try (Session bobs = Clients.probed(server, dir.resolve("bob"))) {
      assertThatThrownBy(() -> bobs.login("bob", "temporary1").join())
          .hasRootCauseInstanceOf(ApiException.class)
          .rootCause()
          .extracting(failure -> ((ApiException) failure).code())
          .isEqualTo(ErrorCode.PASSWORD_CHANGE_REQUIRED);
    }
    reset.close();
    assertThat(reset.temporaryProperty().get()).isEmpty();
  }

  @Test
  void aResetAnsweredAfterAnotherAccountWasChosenShowsOnlyOnItsOwnAccount()
      throws InterruptedException {
    AdminViewModel admin = adminOf(alice);
    admin.accounts().load().join();
    PasswordResetViewModel reset = admin.passwordReset();
    reset.ask(row(admin.accounts(), "bob"));
    reset.temporaryProperty().set("temporary1");
    CountDownLatch chosen = new CountDownLatch(1);
    TestUiThread.executor()
        .execute(
            () -> {
              try {
                chosen.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    CompletableFuture<Void> forBob = reset.confirm();
    reset.ask(row(admin.accounts(), "carol"));
    chosen.countDown();

    forBob.join();

    assertThat(reset.questionProperty().get()).isEqualTo("Temporary password for carol");
    assertThat(reset.doneProperty().get()).as("bob's answer on carol's panel").isEmpty();
    assertThat(reset.temporaryProperty().get()).isEmpty();
    reset.ask(row(admin.accounts(), "bob"));
    assertThat(reset.doneProperty().get()).startsWith("bob's temporary password is set");
    assertThat(reset.temporaryProperty().get()).isEqualTo("temporary1");
  }

  @Test
  void aTooShortTemporaryPasswordIsRefusedInOneSentenceAndChangesNothing() {
    AdminViewModel admin = adminOf(alice);
    admin.accounts().load().join();
    PasswordResetViewModel reset = admin.passwordReset();
    reset.ask(row(admin.accounts(), "bob"));
    reset.temporaryProperty().set("short");

    reset.confirm().join();

    assertThat(reset.errorProperty().get()).isNotEmpty().endsWith(".");
    assertThat(reset.doneProperty().get()).isEmpty();
    try (Session bobs = Clients.probed(server, dir.resolve("bob"))) {
      bobs.login("bob", "password123").join();
    }
  }
}
