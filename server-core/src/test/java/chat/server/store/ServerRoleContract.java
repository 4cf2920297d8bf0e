package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.model.ServerRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** What every {@link UserStore} must do with the owner, admins and deactivated accounts. */
public abstract class ServerRoleContract extends StorageContract {

  private UserStore users() {
    return storage.users();
  }

  private Optional<ServerRole> roleOf(String userId) {
    return users().findById(userId).map(UserAccount::role);
  }

  private Optional<Boolean> deactivated(String userId) {
    return users().findById(userId).map(UserAccount::deactivated);
  }

  @Test
  void theFirstUserStoredIsTheOwnerAndEveryLaterOneAMember() {
    String alice = user("alice");
    String bob = user("bob");

    assertThat(roleOf(alice)).contains(ServerRole.OWNER);
    assertThat(roleOf(bob)).contains(ServerRole.MEMBER);
    assertThat(users().findByIds(List.of(alice, bob)))
        .extracting(UserAccount::role)
        .containsExactlyInAnyOrder(ServerRole.OWNER, ServerRole.MEMBER);
  }

  /** Of many first registrations at once, exactly one becomes the owner. */
  @RepeatedTest(5)
  void racingFirstInsertsGiveExactlyOneOwner() throws Exception {
    List<Boolean> inserted =
        concurrently(
            8, i -> users().insert(new UserAccount("u" + i, "racer" + i, "hash", 1_000, 0)));

    assertThat(inserted).containsOnly(true);
    assertThat(users().searchByPrefix("racer", 10))
        .extracting(UserAccount::role)
        .filteredOn(role -> role == ServerRole.OWNER)
        .hasSize(1);
  }

  @Test
  void aUserRefusedForATakenNameTakesNoRole() {
    user("alice");

    assertThat(users().insert(new UserAccount("u2", "ALICE", "hash", 1_000, 0))).isFalse();

    assertThat(roleOf("u2")).isEmpty();
    assertThat(roleOf("u-alice")).contains(ServerRole.OWNER);
  }

  @Test
  void adminsAreNamedAndUnnamedAndTheirRoleSurvivesReopening() {
    user("alice");
    String bob = user("bob");

    assertThat(users().updateRole(bob, ServerRole.ADMIN)).isTrue();
    reopen();
    assertThat(roleOf(bob)).contains(ServerRole.ADMIN);
    assertThat(users().findByUsername("BOB")).map(UserAccount::role).contains(ServerRole.ADMIN);

    assertThat(users().updateRole(bob, ServerRole.MEMBER)).isTrue();
    assertThat(roleOf(bob)).contains(ServerRole.MEMBER);
  }

  @Test
  void theOwnersStandingNeverChanges() {
    String alice = user("alice");

    assertThat(users().updateRole(alice, ServerRole.MEMBER)).isFalse();
    assertThat(users().updateRole(alice, ServerRole.ADMIN)).isFalse();
    assertThat(users().updateDeactivated(alice, true)).isFalse();

    assertThat(roleOf(alice)).contains(ServerRole.OWNER);
    assertThat(deactivated(alice)).contains(false);
  }

  @Test
  void nobodyIsMadeOwnerAfterTheFirstInsert() {
    user("alice");
    String bob = user("bob");

    assertThatThrownBy(() -> users().updateRole(bob, ServerRole.OWNER))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(roleOf(bob)).contains(ServerRole.MEMBER);
    assertThat(roleOf("u-alice")).contains(ServerRole.OWNER);
  }

  @Test
  void aUserIsDeactivatedAndReactivatedAndItSurvivesReopening() {
    user("alice");
    String bob = user("bob");
    assertThat(deactivated(bob)).contains(false);

    assertThat(users().updateDeactivated(bob, true)).isTrue();
    reopen();
    assertThat(deactivated(bob)).contains(true);
    assertThat(users().searchByPrefix("b", 10))
        .extracting(UserAccount::deactivated)
        .containsExactly(true);

    assertThat(users().updateDeactivated(bob, false)).isTrue();
    assertThat(deactivated(bob)).contains(false);
  }

  @Test
  void changingTheStandingOfAnUnknownUserStoresNothing() {
    user("alice");

    assertThat(users().updateRole("nobody", ServerRole.ADMIN)).isFalse();
    assertThat(users().updateDeactivated("nobody", true)).isFalse();

    assertThat(users().findById("nobody")).isEmpty();
  }

  @Test
  void aResetPasswordMustBeChangedUntilTheUserChoosesOneAndItSurvivesReopening() {
    String alice = user("alice");
    String bob = user("bob");

    assertThat(users().resetPassword(bob, "hash-of-temporary")).isTrue();
    reopen();

    assertThat(users().passwordChangeRequired(bob)).isTrue();
    assertThat(users().passwordChangeRequired(alice)).isFalse();
    assertThat(users().findById(bob).orElseThrow().passwordHash()).isEqualTo("hash-of-temporary");

    assertThat(users().updatePasswordHash(bob, "hash-of-chosen")).isTrue();

    assertThat(users().passwordChangeRequired(bob)).isFalse();
    assertThat(users().findById(bob).orElseThrow().passwordHash()).isEqualTo("hash-of-chosen");
  }

  @Test
  void resettingThePasswordOfAnUnknownUserStoresNothing() {
    assertThat(users().resetPassword("nobody", "hash")).isFalse();

    assertThat(users().passwordChangeRequired("nobody")).isFalse();
    assertThat(users().findById("nobody")).isEmpty();
  }
}
