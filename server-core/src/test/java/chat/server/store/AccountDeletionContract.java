package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.ServerRole;
import chat.protocol.model.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store must do with deleted accounts ({@link UserStore#markDeleted}) and closed rooms.
 */
public abstract class AccountDeletionContract extends StorageContract {

  private String owner;
  private String alice;
  private String bob;

  @BeforeEach
  void registerUsers() {
    owner = user("owner");
    alice = user("alice");
    bob = user("bob");
  }

  private UserStore users() {
    return storage.users();
  }

  @Test
  void aDeletedAccountKeepsItsNameReservedWithNoPasswordAndTheDeletedName() {
    assertThat(users().markDeleted(alice, "unusable")).isTrue();

    UserAccount stored = users().findById(alice).orElseThrow();
    assertThat(stored.username()).isEqualTo("alice");
    assertThat(stored.passwordHash()).isEqualTo("unusable");
    assertThat(stored.displayName()).isEqualTo(User.DELETED_NAME);
    assertThat(stored.deactivated()).isTrue();
    assertThat(users().findByUsername("ALICE")).map(UserAccount::userId).contains(alice);
    assertThat(users().insert(new UserAccount("u-new", "Alice", "hash", 2_000, 0))).isFalse();
  }

  @Test
  void deletedAmongNamesOnlyTheDeletedOfTheGivenIds() {
    users().markDeleted(alice, "unusable");

    assertThat(users().deletedAmong(List.of(alice, bob, "nobody"))).containsExactly(alice);
    assertThat(users().deletedAmong(List.of(bob))).isEmpty();
    assertThat(users().deletedAmong(List.of())).isEmpty();
  }

  @Test
  void theOwnerIsNeverDeletedAndKeepsEverything() {
    UserAccount before = users().findById(owner).orElseThrow();

    assertThat(users().markDeleted(owner, "unusable")).isFalse();

    assertThat(users().findById(owner)).contains(before);
    assertThat(before.role()).isEqualTo(ServerRole.OWNER);
    assertThat(users().deletedAmong(List.of(owner))).isEmpty();
  }

  @Test
  void anUnknownOrAlreadyDeletedAccountIsNotDeletedAgain() {
    users().markDeleted(alice, "first");

    assertThat(users().markDeleted(alice, "second")).isFalse();
    assertThat(users().markDeleted("nobody", "unusable")).isFalse();

    assertThat(users().findById(alice).orElseThrow().passwordHash()).isEqualTo("first");
    assertThat(users().findById("nobody")).isEmpty();
  }

  @Test
  void aDeletedAccountIsNeverReactivated() {
    users().markDeleted(alice, "unusable");

    assertThat(users().updateDeactivated(alice, false)).isFalse();

    assertThat(users().findById(alice).orElseThrow().deactivated()).isTrue();
  }

  @Test
  void aClosedRoomIsReadBackClosedAndOthersStayOpen() {
    Room direct = room("r-direct", "alice, bob", RoomVisibility.DIRECT, 1_000, alice, bob);
    room("r-open", "open", RoomVisibility.PUBLIC, 2_000, bob);

    assertThat(storage.rooms().close(direct.roomId())).isTrue();

    assertThat(storage.rooms().find("r-direct").orElseThrow().refusesMessages()).isTrue();
    assertThat(storage.rooms().roomsOf(bob))
        .extracting(Room::roomId, Room::refusesMessages)
        .containsExactly(tuple("r-direct", true), tuple("r-open", false));
  }

  @Test
  void closingAnUnknownRoomChangesNothing() {
    assertThat(storage.rooms().close("no-such-room")).isFalse();

    assertThat(storage.rooms().find("no-such-room")).isEmpty();
  }
}
