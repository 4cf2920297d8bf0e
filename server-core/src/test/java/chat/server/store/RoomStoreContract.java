package chat.server.store;

import static chat.protocol.model.RoomVisibility.DIRECT;
import static chat.protocol.model.RoomVisibility.PRIVATE;
import static chat.protocol.model.RoomVisibility.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Room;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RoomStore} must do. */
public abstract class RoomStoreContract extends StorageContract {

  private String alice;
  private String bob;
  private String carol;

  @BeforeEach
  void registerUsers() {
    alice = user("alice");
    bob = user("bob");
    carol = user("carol");
  }

  private RoomStore rooms() {
    return storage.rooms();
  }

  private int memberCount(String roomId) {
    return rooms().find(roomId).orElseThrow().memberCount();
  }

  private Room openAliceAndBob(String candidateId) {
    return rooms()
        .openDirect(
            "alice|bob",
            new Room(candidateId, "alice, bob", DIRECT, alice, 1_000, 0),
            List.of(alice, bob));
  }

  private List<String> directory(String nameContains, int limit) {
    return rooms().publicRooms(nameContains, limit).stream().map(Room::name).toList();
  }

  @Test
  void createdRoomHasItsCreatorAsOwnerAndTheOthersAsMembers() {
    Room created = room("r1", "Team", PRIVATE, 1_000, alice, bob, carol);

    assertThat(created).isEqualTo(new Room("r1", "Team", PRIVATE, alice, 1_000, 3));
    assertThat(rooms().find("r1")).contains(created);
    assertThat(rooms().role("r1", alice)).contains(MemberRole.OWNER);
    assertThat(rooms().role("r1", bob)).contains(MemberRole.MEMBER);
    assertThat(rooms().memberIds("r1")).containsExactlyInAnyOrder(alice, bob, carol);
  }

  @Test
  void creatorAmongTheMembersStaysOwnerAndCountsOnce() {
    Room created = room("r1", "Team", PRIVATE, 1_000, alice, alice, bob);

    assertThat(created.memberCount()).isEqualTo(2);
    assertThat(rooms().role("r1", alice)).contains(MemberRole.OWNER);
  }

  @Test
  void unknownRoomAndNonMemberAreNotFound() {
    room("r1", "Team", PRIVATE, 1_000, alice);

    assertThat(rooms().find("nowhere")).isEmpty();
    assertThat(rooms().role("r1", bob)).isEmpty();
    assertThat(rooms().isMember("r1", bob)).isFalse();
    assertThat(rooms().isMember("r1", alice)).isTrue();
  }

  @Test
  void addingAMemberTwiceReturnsFalseAndKeepsTheFirstRole() {
    room("r1", "Team", PUBLIC, 1_000, alice);

    assertThat(rooms().addMember("r1", bob, MemberRole.MEMBER)).isTrue();
    assertThat(rooms().addMember("r1", bob, MemberRole.OWNER)).isFalse();

    assertThat(rooms().role("r1", bob)).contains(MemberRole.MEMBER);
    assertThat(memberCount("r1")).isEqualTo(2);
  }

  @Test
  void removedMemberIsNoLongerAMember() {
    room("r1", "Team", PUBLIC, 1_000, alice, bob);

    assertThat(rooms().removeMember("r1", bob)).isTrue();
    assertThat(rooms().removeMember("r1", bob)).isFalse();

    assertThat(rooms().isMember("r1", bob)).isFalse();
    assertThat(rooms().memberIds("r1")).containsExactly(alice);
    assertThat(memberCount("r1")).isEqualTo(1);
  }

  @Test
  void roomsOfAUserAreTheirRoomsOldestFirst() {
    room("newer", "Newer", PUBLIC, 2_000, alice);
    room("older", "Older", PRIVATE, 1_000, bob, alice);
    room("other", "Other", PUBLIC, 500, bob, carol);

    assertThat(rooms().roomsOf(alice)).extracting(Room::roomId).containsExactly("older", "newer");
    assertThat(rooms().roomsOf(alice)).extracting(Room::memberCount).containsExactly(2, 1);
    assertThat(rooms().roomsOf("nobody")).isEmpty();
  }

  @Test
  void directoryFiltersByNameIgnoringCaseAndLeavesOutPrivateAndDirectRooms() {
    room("r1", "Java lovers", PUBLIC, 1_000, alice);
    room("r2", "JAVASCRIPT", PUBLIC, 1_000, alice);
    room("r3", "Kotlin", PUBLIC, 1_000, alice);
    room("r4", "java secrets", PRIVATE, 1_000, alice);
    room("r5", "java chat", DIRECT, 1_000, alice, bob);

    assertThat(directory("jAvA", 10)).containsExactly("Java lovers", "JAVASCRIPT");
    assertThat(directory("LOVE", 10)).containsExactly("Java lovers");
    assertThat(directory("%", 10)).isEmpty();
  }

  @Test
  void directoryIsOrderedByNameIgnoringCaseAndLimited() {
    room("r1", "gamma", PUBLIC, 1_000, alice);
    room("r2", "Alpha", PUBLIC, 1_000, alice);
    room("r3", "beta", PUBLIC, 1_000, alice);

    assertThat(directory("", 10)).containsExactly("Alpha", "beta", "gamma");
    assertThat(directory("", 2)).containsExactly("Alpha", "beta");
  }

  @Test
  void openingADirectRoomAgainReturnsTheSameRoomAndAddsMissingMembersBack() {
    Room first = openAliceAndBob("d1");
    rooms().removeMember("d1", bob);

    Room again = openAliceAndBob("d2");

    assertThat(first).isEqualTo(new Room("d1", "alice, bob", DIRECT, alice, 1_000, 2));
    assertThat(again).isEqualTo(first);
    assertThat(rooms().find("d2")).isEmpty();
    assertThat(rooms().memberIds("d1")).containsExactlyInAnyOrder(alice, bob);
  }

  @Test
  void aDirectRoomIsFoundByItsPairKeyOnceOpened() {
    assertThat(rooms().findDirect("alice|bob")).isEmpty();

    Room opened = openAliceAndBob("d1");

    assertThat(rooms().findDirect("alice|bob")).contains(opened);
    assertThat(rooms().findDirect("alice|carol")).isEmpty();
  }

  @Test
  void openingOneDirectRoomFromEightThreadsYieldsOneRoom() throws Exception {
    List<Room> opened = concurrently(8, i -> openAliceAndBob("d" + i));

    assertThat(opened).extracting(Room::roomId).containsOnly(opened.getFirst().roomId());
    assertThat(rooms().roomsOf(alice)).hasSize(1);
    assertThat(memberCount(opened.getFirst().roomId())).isEqualTo(2);
  }

  @Test
  void roomsAndMembersSurviveReopening() {
    Room created = room("r1", "Team", PUBLIC, 1_000, alice, bob);
    Room direct = openAliceAndBob("d1");

    reopen();

    assertThat(rooms().find("r1")).contains(created);
    assertThat(rooms().role("r1", alice)).contains(MemberRole.OWNER);
    assertThat(openAliceAndBob("d2")).isEqualTo(direct);
  }
}
