package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.ReadCursor;
import chat.server.store.ReadCursorStore.Advance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReadCursorStore} must do. */
public abstract class ReadCursorStoreContract extends StorageContract {

  private String ann;
  private String bob;
  private int sent;

  @BeforeEach
  void createRooms() {
    ann = user("ann");
    bob = user("bob");
    sharedPrivateRooms(ann, bob, "r1", "r2", "r3");
  }

  private ReadCursorStore cursors() {
    return storage.readCursors();
  }

  private String send(String roomId, String senderId) {
    sent++;
    return storage
        .messages()
        .append(new NewMessage(roomId, senderId, senderId, "m" + sent, "c" + sent, 5_000))
        .message()
        .messageId();
  }

  private int unread(String userId, String roomId) {
    return cursors().unreadCounts(userId, List.of(roomId)).get(roomId);
  }

  @Test
  void theCursorOnlyMovesForward() {
    String first = send("r1", bob);
    String second = send("r1", bob);
    String third = send("r1", bob);

    assertThat(cursors().advance("r1", ann, second)).isEqualTo(Advance.MOVED);
    assertThat(cursors().advance("r1", ann, first)).isEqualTo(Advance.ALREADY_PAST);
    assertThat(cursors().advance("r1", ann, second)).isEqualTo(Advance.ALREADY_PAST);
    assertThat(unread(ann, "r1")).isEqualTo(1);
    assertThat(cursors().advance("r1", ann, third)).isEqualTo(Advance.MOVED);
    assertThat(unread(ann, "r1")).isZero();
  }

  @Test
  void aMessageOfAnotherRoomOrNoneAtAllMovesNothing() {
    send("r1", bob);
    String elsewhere = send("r2", bob);

    assertThat(cursors().advance("r1", ann, elsewhere)).isEqualTo(Advance.NO_SUCH_MESSAGE);
    assertThat(cursors().advance("r1", ann, "m_unknown")).isEqualTo(Advance.NO_SUCH_MESSAGE);
    assertThat(unread(ann, "r1")).isEqualTo(1);
  }

  @Test
  void unreadCountsOthersMessagesAfterTheCursorAndNeverOnesOwn() {
    send("r1", bob);
    String read = send("r1", bob);
    send("r1", ann);
    send("r1", bob);
    send("r1", ann);
    send("r2", bob);
    cursors().advance("r1", ann, read);

    assertThat(cursors().unreadCounts(ann, List.of("r1", "r2", "r3")))
        .isEqualTo(Map.of("r1", 1, "r2", 1, "r3", 0));
    assertThat(cursors().unreadCounts(bob, List.of("r1", "r2")))
        .isEqualTo(Map.of("r1", 2, "r2", 0));
    assertThat(cursors().unreadCounts(ann, List.of())).isEmpty();
  }

  @Test
  void cursorsArePerUserAndRoom() {
    String fromAnn = send("r1", ann);
    String fromBob = send("r1", bob);
    send("r2", bob);

    cursors().advance("r1", bob, fromAnn);
    cursors().advance("r1", ann, fromBob);

    assertThat(unread(bob, "r1")).isZero();
    assertThat(unread(ann, "r1")).isZero();
    assertThat(unread(ann, "r2")).isEqualTo(1);
  }

  @Test
  void cursorsAreDurable() {
    send("r1", bob);
    String read = send("r1", bob);
    send("r1", bob);
    cursors().advance("r1", ann, read);

    reopen();

    assertThat(unread(ann, "r1")).isEqualTo(1);
    assertThat(cursors().advance("r1", ann, read)).isEqualTo(Advance.ALREADY_PAST);
  }

  @Test
  void theFurthestCursorsOfTheOtherMembersComeFirstEachOnItsMessage() {
    String cy = user("cy");
    String dee = user("dee");
    storage.rooms().addMember("r1", cy, MemberRole.MEMBER);
    storage.rooms().addMember("r1", dee, MemberRole.MEMBER);
    String first = send("r1", ann);
    String second = send("r1", ann);
    String third = send("r1", bob);
    cursors().advance("r1", bob, first);
    cursors().advance("r1", cy, third);
    cursors().advance("r1", ann, third);
    cursors().advance("r1", bob, second);
    cursors().advance("r1", dee, first);
    cursors().advance("r1", dee, second);
    cursors().advance("r1", dee, first);

    assertThat(cursors().furthest("r1", ann, 10)).first().isEqualTo(new ReadCursor(cy, third));
    assertThat(cursors().furthest("r1", ann, 10).subList(1, 3))
        .containsExactlyInAnyOrder(new ReadCursor(bob, second), new ReadCursor(dee, second));
    assertThat(cursors().furthest("r1", ann, 10)).hasSize(3);
    assertThat(cursors().furthest("r1", cy, 10)).first().isEqualTo(new ReadCursor(ann, third));
    assertThat(cursors().furthest("r2", ann, 10)).isEmpty();
  }

  @Test
  void theFurthestAreCappedAndLeaveOutWhoLeftTheRoom() {
    String cy = user("cy");
    storage.rooms().addMember("r1", cy, MemberRole.MEMBER);
    String first = send("r1", ann);
    String second = send("r1", ann);
    cursors().advance("r1", bob, second);
    cursors().advance("r1", cy, first);

    assertThat(cursors().furthest("r1", ann, 1)).containsExactly(new ReadCursor(bob, second));

    storage.rooms().removeMember("r1", bob);

    assertThat(cursors().furthest("r1", ann, 1)).containsExactly(new ReadCursor(cy, first));
    assertThat(cursors().furthest("r1", ann, 10)).containsExactly(new ReadCursor(cy, first));
  }

  @Test
  void theFurthestSurviveAReopen() {
    String read = send("r1", ann);
    cursors().advance("r1", bob, read);

    reopen();

    assertThat(cursors().furthest("r1", ann, 10)).containsExactly(new ReadCursor(bob, read));
  }
}
