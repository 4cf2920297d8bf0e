package chat.client.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Waits;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profile, sessions, password and two-factor sections against a real server, without the toolkit.
 */
class AccountViewModelsTest {

  @TempDir Path dir;
  private LiveServer server;
  private Session here;
  private Session elsewhere;

  @BeforeEach
  void start() {
    server = LiveServer.start(dir.resolve("server"));
    here = Clients.signedUp(server, dir.resolve("here"), "alice");
    elsewhere = Clients.probed(server, dir.resolve("elsewhere"));
    elsewhere.login("alice", "password123").join();
    Waits.until("connected elsewhere", () -> elsewhere.statusProperty().get().connected());
  }

  @AfterEach
  void stop() {
    here.close();
    elsewhere.close();
    server.close();
  }

  @Test
  void aTwoFactorStatusThatCouldNotBeLoadedSaysSoAndTryingAgainLoadsIt() {
    TwoFactorViewModel twoFactor = new TwoFactorViewModel(here.account(), true);
    server.stop();

    twoFactor.load().join();

    assertThat(twoFactor.stageProperty().get()).isEqualTo(TwoFactorViewModel.Stage.LOAD_FAILED);
    assertThat(twoFactor.summaryProperty().get()).contains("could not be loaded");
    assertThat(twoFactor.errorProperty().get()).isNotEmpty();
    server.restart();

    twoFactor.load().join();

    assertThat(twoFactor.stageProperty().get()).isEqualTo(TwoFactorViewModel.Stage.OFF);
    assertThat(twoFactor.errorProperty().get()).isEmpty();
  }

  @Test
  void savingADisplayNameChangesWhatTheSessionShows() {
    ProfileViewModel profile = new ProfileViewModel(here.account(), here.meProperty());
    assertThat(profile.nameProperty().get()).isEqualTo("alice");
    assertThat(profile.canSave().get()).as("nothing changed yet").isFalse();

    profile.nameProperty().set("  Alice Liddell ");
    profile.save().join();

    assertThat(profile.errorProperty().get()).isEmpty();
    assertThat(here.meProperty().get().shownName()).isEqualTo("Alice Liddell");
    assertThat(here.me().shownName()).isEqualTo("Alice Liddell");
    assertThat(profile.canSave().get()).isFalse();
  }

  @Test
  void aDisplayNameWithALineBreakIsRefusedBeforeItIsSent() {
    ProfileViewModel profile = new ProfileViewModel(here.account(), here.meProperty());

    profile.nameProperty().set("two\nlines");
    profile.save().join();

    assertThat(profile.errorProperty().get()).contains("without line breaks");
    assertThat(here.meProperty().get().shownName()).isEqualTo("alice");
  }

  @Test
  void sessionsListThisAppFirstAndSignOutAnotherOne() {
    SessionsViewModel sessions = new SessionsViewModel(here.account(), ZoneOffset.UTC, () -> {});
    sessions.load().join();
    assertThat(sessions.rows()).hasSize(2);
    assertThat(sessions.rows().getFirst().current()).isTrue();
    assertThat(sessions.rows().getFirst().detail()).startsWith("This app");

    sessions.signOut(sessions.rows().get(1)).join();

    assertThat(sessions.rows())
        .singleElement()
        .satisfies(row -> assertThat(row.current()).isTrue());
    Waits.until("the other app signed out", () -> elsewhere.me() == null);
  }

  @Test
  void signingOutEverywhereEndsThisSessionTooAndSaysSo() {
    AtomicBoolean signedOutHere = new AtomicBoolean();
    SessionsViewModel sessions =
        new SessionsViewModel(here.account(), ZoneOffset.UTC, () -> signedOutHere.set(true));

    sessions.signOutEverywhere().join();

    assertThat(signedOutHere).isTrue();
    assertThat(here.me()).isNull();
    assertThat(here.canResume()).as("the sign-in is forgotten").isFalse();
    Waits.until("the other app signed out", () -> elsewhere.me() == null);
  }

  @Test
  void changingThePasswordKeepsThisSessionAndSignsOutTheOthers() {
    AtomicBoolean changed = new AtomicBoolean();
    PasswordViewModel password = new PasswordViewModel(here.account(), () -> changed.set(true));
    password.currentProperty().set("password123");
    password.nextProperty().set("a new passphrase");
    password.repeatProperty().set("a new passphrase");

    password.change().join();

    assertThat(password.errorProperty().get()).isEmpty();
    assertThat(password.statusProperty().get()).startsWith("Password changed");
    assertThat(password.currentProperty().get()).isEmpty();
    assertThat(changed).isTrue();
    Waits.until("the other app signed out", () -> elsewhere.me() == null);
    assertThat(here.account().sessions().join()).hasSize(1);
  }

  @Test
  void aWrongCurrentPasswordOrMismatchedRepeatChangesNothing() {
    PasswordViewModel password = new PasswordViewModel(here.account(), () -> {});
    password.currentProperty().set("not it at all");
    password.nextProperty().set("a new passphrase");
    password.repeatProperty().set("a new passphrase");

    password.change().join();
    assertThat(password.errorProperty().get()).isEqualTo("The current password is wrong.");

    password.currentProperty().set("password123");
    password.repeatProperty().set("another passphrase");
    password.change().join();
    assertThat(password.errorProperty().get()).isEqualTo("The new passwords do not match.");

    assertThat(here.account().sessions().join()).hasSize(2);
  }
}
