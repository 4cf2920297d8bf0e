package chat.client.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.notify.Mentions;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomsViewModelTest {

  private final RoomsViewModel rooms =
      new RoomsViewModel("u-alice", "alice", new Mentions("u-alice", "alice", false));

  @Test
  void roomsAreGroupedPublicPrivateDirectAndSortedByName() {
    fourRoomsOfEachKindListed();

    assertThat(rooms.rows())
        .extracting(RoomsViewModelTest::label)
        .containsExactly(
            "# Public rooms",
            "Alpha",
            "zeta",
            "# Private rooms",
            "secret",
            "# Direct messages",
            "bob");
  }

  @Test
  void unreadCountsOthersNewMessagesInRoomsNotOnScreen() {
    twoPublicRoomsListed();
    rooms.select(rooms.find("r1"));

    rooms.arrived(message("m1", "r2", "u-bob"), true);
    rooms.arrived(message("m1", "r2", "u-bob"), false);
    rooms.arrived(message("m2", "r2", "u-alice"), true);
    rooms.arrived(message("m3", "r1", "u-bob"), true);

    assertUnreadInTwoOnly(1);
  }

  @Test
  void unreadCountsStartFromTheServersReadCursorExceptForTheRoomOnScreen() {
    twoPublicRoomsListed();
    rooms.select(rooms.find("r1"));

    rooms.listed(List.of(unread("r1", "one", 4), unread("r2", "two", 3)));

    assertUnreadInTwoOnly(3);
  }

  @Test
  void aMentionOfMeInARoomNotOnScreenCountsAsAMentionUntilTheRoomIsOpened() {
    twoPublicRoomsListed();
    rooms.select(rooms.find("r1"));

    rooms.arrived(message("m1", "r2", "u-bob", "hey @alice"), true);
    rooms.arrived(message("m1", "r2", "u-bob", "hey @alice"), false);
    rooms.arrived(message("m2", "r2", "u-bob", "no mention"), true);
    rooms.arrived(message("m3", "r2", "u-alice", "@alice note to self"), true);
    rooms.arrived(message("m4", "r1", "u-bob", "@alice on screen"), true);

    assertThat(rooms.find("r2").mentionsProperty().get()).isEqualTo(1);
    assertThat(rooms.find("r2").unreadProperty().get()).isEqualTo(2);
    assertThat(rooms.find("r1").mentionsProperty().get()).isZero();

    rooms.select(rooms.find("r2"));

    assertThat(rooms.find("r2").mentionsProperty().get()).isZero();
  }

  @Test
  void mentionCountsStartFromTheServersThenCountOnAndClearWhenTheRoomIsOpened() {
    twoPublicRoomsListed();
    rooms.select(rooms.find("r1"));

    rooms.listed(List.of(mentioned("r1", "one", 5, 2), mentioned("r2", "two", 4, 3)));
    rooms.arrived(
        message("m1", "r2", "u-bob", "hey you").withMentions(List.of("u-alice"), null), true);

    assertThat(rooms.find("r2").mentionsProperty().get()).isEqualTo(4);
    assertThat(rooms.find("r2").unreadProperty().get()).isEqualTo(5);
    assertThat(rooms.find("r1").mentionsProperty().get()).as("on screen").isZero();

    rooms.select(rooms.find("r2"));

    assertThat(rooms.find("r2").mentionsProperty().get()).isZero();
  }

  @Test
  void messagesCaughtUpAfterAListingAreNotCountedTwice() {
    Message missed = Message.text("m1", "r1", "u-bob", "bob", "@alice, while away", 10, "c1");
    Message live = Message.text("m2", "r1", "u-bob", "bob", "@alice, and now", 11, "c2");
    Room listed =
        new Room("r1", "one", RoomVisibility.PUBLIC, "u-bob", 0, 2, 1, missed, 1, null, null);

    rooms.listed(List.of(listed));
    rooms.arrived(missed, true);
    rooms.arrived(live, true);

    assertThat(rooms.find("r1").unreadProperty().get()).isEqualTo(2);
    assertThat(rooms.find("r1").mentionsProperty().get()).isEqualTo(2);
  }

  @Test
  void anOlderServersListingKeepsTheMentionsCountedHere() {
    rooms.listed(List.of(room("r1", "one", RoomVisibility.PUBLIC)));
    rooms.arrived(message("m1", "r1", "u-bob", "@alice look"), true);

    rooms.listed(List.of(unread("r1", "one", 3)));

    assertThat(rooms.find("r1").mentionsProperty().get()).isEqualTo(1);
    assertThat(rooms.find("r1").unreadProperty().get()).isEqualTo(3);
  }

  @Test
  void onlyTheServersMentionsCountWhenItSendsThem() {
    rooms.listed(List.of(room("r1", "one", RoomVisibility.PUBLIC)));

    rooms.arrived(message("m1", "r1", "u-bob", "`@alice`").withMentions(List.of(), false), true);
    rooms.arrived(message("m2", "r1", "u-bob", "@room lunch").withMentions(null, true), true);

    assertThat(rooms.find("r1").mentionsProperty().get()).isEqualTo(1);
  }

  @Test
  void openingARoomClearsItsCount() {
    rooms.listed(List.of(room("r1", "one", RoomVisibility.PUBLIC)));
    rooms.arrived(message("m1", "r1", "u-bob"), true);
    assertThat(rooms.totalUnread().get()).isEqualTo(1);

    rooms.select(rooms.find("r1"));

    assertThat(rooms.totalUnread().get()).isZero();
  }

  @Test
  void aRoomLeftElsewhereGoesAtTheNextListing() {
    twoPublicRoomsListed();
    rooms.select(rooms.find("r2"));

    rooms.listed(List.of(room("r1", "one", RoomVisibility.PUBLIC)));

    assertThat(rooms.items()).extracting(RoomItem::name).containsExactly("one");
    assertThat(rooms.selectedProperty().get()).isNull();
  }

  @Test
  void aJoinedRoomIsAddedOnce() {
    RoomItem first = rooms.changed(room("r1", "one", RoomVisibility.PUBLIC));
    RoomItem again = rooms.changed(room("r1", "one renamed", RoomVisibility.PUBLIC));

    assertThat(again).isSameAs(first);
    assertThat(rooms.items()).extracting(RoomItem::name).containsExactly("one renamed");
  }

  @Test
  void altDownAndAltUpFollowTheSidebarAcrossSectionsAndStopAtTheEnds() {
    fourRoomsOfEachKindListed();
    List<String> visited = new ArrayList<>();

    for (int i = 0; i < 5; i++) {
      rooms.selectAdjacent(1);
      visited.add(rooms.selectedProperty().get().name());
    }
    for (int i = 0; i < 4; i++) {
      rooms.selectAdjacent(-1);
      visited.add(rooms.selectedProperty().get().name());
    }

    assertThat(visited)
        .containsExactly(
            "Alpha", "zeta", "secret", "bob", "bob", "secret", "zeta", "Alpha", "Alpha");
  }

  @Test
  void altUpWithNoRoomOpenStartsAtTheBottomAndNothingHappensWithoutRooms() {
    rooms.selectAdjacent(-1);
    assertThat(rooms.selectedProperty().get()).isNull();

    rooms.listed(
        List.of(
            room("r1", "one", RoomVisibility.PUBLIC), room("r2", "two", RoomVisibility.PRIVATE)));
    rooms.selectAdjacent(-1);

    assertThat(rooms.selectedProperty().get().name()).isEqualTo("two");
  }

  @Test
  void nextUnreadGoesToTheNextRoomWithUnreadMessagesWrappingAround() {
    rooms.listed(
        List.of(
            room("r1", "a", RoomVisibility.PUBLIC),
            room("r2", "b", RoomVisibility.PUBLIC),
            room("r3", "c", RoomVisibility.PUBLIC),
            room("r4", "d", RoomVisibility.PRIVATE)));
    rooms.select(rooms.find("r3"));
    rooms.arrived(message("m1", "r1", "u-bob"), true);
    rooms.arrived(message("m2", "r4", "u-bob"), true);

    rooms.selectNextUnread();
    assertThat(rooms.selectedProperty().get().name()).isEqualTo("d");

    rooms.selectNextUnread();
    assertThat(rooms.selectedProperty().get().name()).as("wrapped").isEqualTo("a");
    assertThat(rooms.totalUnread().get()).isZero();
  }

  @Test
  void nextUnreadDoesNothingWhenNoRoomHasUnreadMessages() {
    rooms.listed(
        List.of(room("r1", "a", RoomVisibility.PUBLIC), room("r2", "b", RoomVisibility.PUBLIC)));
    rooms.select(rooms.find("r2"));

    rooms.selectNextUnread();

    assertThat(rooms.selectedProperty().get().name()).isEqualTo("b");
  }

  /** Lists, unsorted, public "zeta" and "Alpha", private "secret" and a direct room with bob. */
  private void fourRoomsOfEachKindListed() {
    rooms.listed(
        List.of(
            room("r1", "zeta", RoomVisibility.PUBLIC),
            room("r2", "alice, bob", RoomVisibility.DIRECT),
            room("r3", "Alpha", RoomVisibility.PUBLIC),
            room("r4", "secret", RoomVisibility.PRIVATE)));
  }

  /** Lists the public rooms r1 ("one") and r2 ("two"). */
  private void twoPublicRoomsListed() {
    rooms.listed(
        List.of(
            room("r1", "one", RoomVisibility.PUBLIC), room("r2", "two", RoomVisibility.PUBLIC)));
  }

  /** Room r2 counts {@code unread}, r1 (on screen) none, and the total is r2's. */
  private void assertUnreadInTwoOnly(int unread) {
    assertThat(rooms.find("r2").unreadProperty().get()).isEqualTo(unread);
    assertThat(rooms.find("r1").unreadProperty().get()).isZero();
    assertThat(rooms.totalUnread().get()).isEqualTo(unread);
  }

  private static String label(SidebarRow row) {
    return switch (row) {
      case SidebarRow.Section s -> "# " + s.title();
      case SidebarRow.Entry e -> e.room().name();
    };
  }

  private static Room room(String id, String name, RoomVisibility visibility) {
    return new Room(id, name, visibility, "u-bob", 0, 2);
  }

  private static Room unread(String id, String name, int count) {
    return new Room(id, name, RoomVisibility.PUBLIC, "u-bob", 0, 2, count, null, null, null, null);
  }

  private static Room mentioned(String id, String name, int unread, int mentions) {
    return new Room(
        id, name, RoomVisibility.PUBLIC, "u-bob", 0, 2, unread, null, mentions, null, null);
  }

  private static Message message(String id, String roomId, String senderId) {
    return message(id, roomId, senderId, "hi");
  }

  private static Message message(String id, String roomId, String senderId, String content) {
    return Message.text(id, roomId, senderId, senderId.substring(2), content, 0, "c-" + id);
  }
}
