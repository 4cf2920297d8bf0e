package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.ServerRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link UserStore} must do. */
public abstract class UserStoreContract extends StorageContract {

  private UserStore users() {
    return storage.users();
  }

  private static UserAccount account(String userId, String username) {
    return new UserAccount(userId, username, "hash-" + userId, 1_000, 0);
  }

  /** How the store holds {@code account} when it was the first user: as the owner. */
  private static UserAccount asOwner(UserAccount account) {
    return new UserAccount(
        account.userId(),
        account.username(),
        account.passwordHash(),
        account.createdAt(),
        account.lastSeen(),
        account.displayName(),
        ServerRole.OWNER,
        false);
  }

  private List<String> namesStartingWith(String prefix, int limit) {
    return users().searchByPrefix(prefix, limit).stream().map(UserAccount::username).toList();
  }

  @Test
  void insertedUserIsFoundByIdAndByName() {
    UserAccount alice = account("u1", "Alice");

    assertThat(users().insert(alice)).isTrue();

    assertThat(users().findById("u1")).contains(asOwner(alice));
    assertThat(users().findByUsername("Alice")).contains(asOwner(alice));
  }

  @Test
  void lookupByNameIgnoresCaseAndKeepsTheRegisteredSpelling() {
    users().insert(account("u1", "Alice"));

    assertThat(users().findByUsername("aLICE")).map(UserAccount::username).contains("Alice");
  }

  @Test
  void nameTakenInAnotherCaseIsRefusedAndNothingIsStored() {
    users().insert(account("u1", "Alice"));

    assertThat(users().insert(account("u2", "ALICE"))).isFalse();

    assertThat(users().findById("u2")).isEmpty();
    assertThat(users().findByUsername("alice")).map(UserAccount::userId).contains("u1");
  }

  @Test
  void unknownUserIsNotFound() {
    assertThat(users().findById("nobody")).isEmpty();
    assertThat(users().findByUsername("nobody")).isEmpty();
  }

  @Test
  void findByIdsReturnsOnlyTheUsersThatExist() {
    users().insert(account("u1", "alice"));
    users().insert(account("u2", "bob"));

    assertThat(users().findByIds(List.of("u1", "u2", "nobody")))
        .extracting(UserAccount::userId)
        .containsExactlyInAnyOrder("u1", "u2");
    assertThat(users().findByIds(List.of())).isEmpty();
  }

  @Test
  void prefixSearchIgnoresCaseOrdersByNameAndStopsAtTheLimit() {
    for (String name : List.of("Alfred", "bob", "alice", "ALBERT", "alan")) {
      users().insert(account("u-" + name, name));
    }

    assertThat(namesStartingWith("AL", 3)).containsExactly("alan", "ALBERT", "Alfred");
    assertThat(namesStartingWith("al", 10)).containsExactly("alan", "ALBERT", "Alfred", "alice");
    assertThat(namesStartingWith("B", 10)).containsExactly("bob");
    assertThat(namesStartingWith("z", 10)).isEmpty();
  }

  @Test
  void prefixSearchTakesWildcardCharactersLiterally() {
    for (String name : List.of("a*c", "a_b", "a%d", "axe", "a[b]")) {
      users().insert(account("u-" + name, name));
    }

    assertThat(namesStartingWith("a*", 10)).containsExactly("a*c");
    assertThat(namesStartingWith("a_", 10)).containsExactly("a_b");
    assertThat(namesStartingWith("a%", 10)).containsExactly("a%d");
    assertThat(namesStartingWith("a[", 10)).containsExactly("a[b]");
    assertThat(namesStartingWith("a?", 10)).isEmpty();
  }

  @Test
  void lastSeenIsUpdated() {
    users().insert(account("u1", "alice"));

    users().updateLastSeen("u1", 42_000);

    assertThat(users().findById("u1")).map(UserAccount::lastSeen).contains(42_000L);
  }

  @Test
  void usersSurviveReopening() {
    UserAccount alice = account("u1", "Alice");
    users().insert(alice);

    reopen();

    assertThat(users().findByUsername("alice")).contains(asOwner(alice));
    assertThat(users().insert(account("u2", "alice"))).isFalse();
  }

  @Test
  void aUserHasNoDisplayNameUntilOneIsSetAndItSurvivesReopening() {
    users().insert(account("u1", "alice"));
    assertThat(users().findById("u1")).map(UserAccount::displayName).isEmpty();

    assertThat(users().updateDisplayName("u1", "Alice Liddell")).isTrue();
    reopen();

    assertThat(users().findById("u1")).map(UserAccount::displayName).contains("Alice Liddell");
    assertThat(users().findByUsername("ALICE"))
        .map(UserAccount::shownName)
        .contains("Alice Liddell");
    assertThat(users().findByIds(List.of("u1")))
        .extracting(UserAccount::displayName)
        .containsExactly("Alice Liddell");
  }

  @Test
  void thePasswordHashIsReplacedAndSurvivesReopening() {
    users().insert(account("u1", "alice"));

    assertThat(users().updatePasswordHash("u1", "new-hash")).isTrue();
    reopen();

    assertThat(users().findById("u1")).map(UserAccount::passwordHash).contains("new-hash");
  }

  @Test
  void updatingAnUnknownUserStoresNothing() {
    assertThat(users().updateDisplayName("nobody", "Ghost")).isFalse();
    assertThat(users().updatePasswordHash("nobody", "hash")).isFalse();

    assertThat(users().findById("nobody")).isEmpty();
  }
}
