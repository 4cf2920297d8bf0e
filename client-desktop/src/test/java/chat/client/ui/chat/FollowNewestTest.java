package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.Outbox;
import chat.protocol.model.Message;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where the conversation scrolls, driven by a real timeline's changes. */
class FollowNewestTest {

  private final RoomTimeline timeline =
      new RoomTimeline("u-alice", ZoneOffset.UTC, new ThreadMarks("u-alice"));
  private final FollowNewest follow = new FollowNewest();
  private final List<Integer> targets = new ArrayList<>();
  private boolean olderPage;

  @BeforeEach
  void listen() {
    timeline
        .lines()
        .addListener(
            (ListChangeListener<ChatLine>)
                change -> targets.add(follow.changed(change, olderPage)));
  }

  @Test
  void aRoomWithNothingUnreadOpensAtItsNewestRow() {
    timeline.loadedNewest(List.of(message("m1", "u-bob", 1), message("m2", "u-bob", 2)), false);

    assertThat(follow.opened(timeline.lines())).isEqualTo(2);
  }

  @Test
  void aRoomOpensAtItsNewMessagesLineOnceTheFirstPageArrives() {
    timeline.openedWithUnread(1);
    assertThat(follow.opened(timeline.lines())).isEqualTo(-1); // nothing held yet

    timeline.loadedNewest(List.of(message("m1", "u-bob", 1), message("m2", "u-bob", 2)), false);

    assertThat(targets).containsExactly(2); // [day] bob [New messages] bob
  }

  @Test
  void newMessagesAreFollowedAtTheBottomAndCountedAboveIt() {
    timeline.loadedNewest(List.of(message("m1", "u-bob", 1)), false);
    follow.opened(timeline.lines());
    targets.clear();

    timeline.add(message("m2", "u-bob", 2));
    assertThat(targets).containsExactly(2);

    follow.scrolled(false);
    timeline.add(message("m3", "u-bob", 3));
    timeline.add(message("m4", "u-bob", 4));
    assertThat(targets).containsExactly(2, FollowNewest.STAY, FollowNewest.STAY);
    assertThat(follow.unseenProperty().get()).isEqualTo(2);

    assertThat(follow.toNewest(timeline.lines())).isEqualTo(4);
    assertThat(follow.unseenProperty().get()).isZero();
  }

  @Test
  void scrollingBackToTheBottomClearsTheCount() {
    timeline.loadedNewest(List.of(message("m1", "u-bob", 1)), false);
    follow.scrolled(false);
    timeline.add(message("m2", "u-bob", 2));
    assertThat(follow.unseenProperty().get()).isEqualTo(1);

    follow.scrolled(true);

    assertThat(follow.unseenProperty().get()).isZero();
  }

  @Test
  void ourOwnMessageIsFollowedEvenFromFarUp() {
    timeline.loadedNewest(List.of(message("m1", "u-bob", 1)), false);
    follow.scrolled(false);
    targets.clear();

    follow.sending();
    timeline.setPending(List.of(new Outbox.Entry("c-1", "r1", "mine", 5)));

    assertThat(targets.getLast()).isEqualTo(2);
    assertThat(follow.unseenProperty().get()).isZero();
  }

  @Test
  void ourMessageSentFromElsewhereIsFollowedAtTheBottomWithoutCountingAsNew() {
    timeline.loadedNewest(List.of(message("m1", "u-bob", 1)), false);
    follow.opened(timeline.lines());
    targets.clear();

    timeline.add(message("m2", "u-alice", 2));

    assertThat(targets).containsExactly(2);
    assertThat(follow.unseenProperty().get()).isZero();
  }

  @Test
  void aReturnToTheNewestRowsIsFollowedToTheBottomNotToTheNewMessagesLine() {
    timeline.openedWithUnread(1);
    timeline.loadedNewest(List.of(message("m1", "u-bob", 1), message("m2", "u-bob", 2)), false);
    follow.scrolled(false);
    targets.clear();

    follow.returningToNewest();
    timeline.showNewest();

    assertThat(targets).containsExactly(3); // [day] bob [New messages] bob
    assertThat(follow.atBottom()).isTrue();
  }

  @Test
  void newerRowsShownWhileAPageGoesInAreNotNew() {
    timeline.loadedNewest(List.of(message("m1", "u-bob", 1)), false);
    follow.scrolled(false);
    targets.clear();
    olderPage = true;

    timeline.add(message("m2", "u-bob", 2));

    assertThat(targets).containsOnly(FollowNewest.STAY);
    assertThat(follow.unseenProperty().get()).isZero();
  }

  @Test
  void aPageOfOlderHistoryMovesNothing() {
    timeline.loadedNewest(List.of(message("m5", "u-bob", 5)), true);
    follow.scrolled(false);
    targets.clear();
    olderPage = true;

    timeline.addedOlder(List.of(message("m1", "u-bob", 1)), false);

    assertThat(targets).containsOnly(FollowNewest.STAY);
    assertThat(follow.unseenProperty().get()).isZero();
  }

  private static Message message(String id, String senderId, long timestamp) {
    return Message.text(
        id, "r1", senderId, senderId.substring(2), "text " + id, timestamp, "c-" + id);
  }
}
