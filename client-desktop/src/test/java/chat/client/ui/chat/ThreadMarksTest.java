package chat.client.ui.chat;

import static chat.client.ui.chat.ThreadMessages.replied;
import static chat.client.ui.chat.ThreadMessages.reply;
import static chat.client.ui.chat.ThreadMessages.text;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadMarksTest {

  private static final long MINUTE = 60_000L;

  private final ThreadMarks marks = new ThreadMarks("u-alice");
  private final RoomTimeline timeline = new RoomTimeline("u-alice", ZoneOffset.UTC, marks);
  private final Message root = text("m1", "u-bob", "lunch?", 1000);

  @Test
  void aRootShowsItsThreadSummaryOnceItsNewStateArrives() {
    timeline.add(root);
    timeline.add(text("m2", "u-carol", "hello", 2000));
    assertThat(rowOf("m1").thread()).as("no replies yet").isNull();

    changed(replied(root, 3, 5000, List.of("u-carol", "u-bob", "u-dave", "u-erin")));

    ThreadSummary summary = rowOf("m1").thread();
    assertThat(summary.repliesText()).isEqualTo("3 replies");
    assertThat(summary.lastReplyText(5000 + 5 * MINUTE)).isEqualTo("last reply 5 min ago");
    assertThat(summary.participants())
        .as("three avatars at most, named once known")
        .containsExactly("carol", "bob", "?");
    assertThat(rowOf("m1").content()).isEqualTo("lunch?");
  }

  @Test
  void anOlderRootStateArrivingLateChangesNothing() {
    timeline.add(root);
    changed(replied(root, 2, 3000, List.of("u-bob")));

    changed(replied(root, 1, 2000, List.of("u-bob")));

    assertThat(rowOf("m1").thread().repliesText()).isEqualTo("2 replies");
  }

  @Test
  void aReplyFromSomeoneElseCountsUnseenUntilItsThreadIsOpened() {
    List<String> told = new ArrayList<>();
    marks.whenChanged((roomId, rootId) -> told.add(rootId));
    Message bobsReply = reply("m2", "u-bob", "pizza", 2000, "m1", false);

    assertThat(marks.replyArrived(bobsReply, false)).isTrue();
    assertThat(marks.replyArrived(bobsReply, false)).as("a repeat").isFalse();
    assertThat(marks.replyArrived(reply("m3", "u-alice", "yes", 3000, "m1", false), false))
        .as("our own")
        .isFalse();
    assertThat(marks.replyArrived(reply("m4", "u-carol", "!", 4000, "m9", false), true))
        .as("seen in its open thread")
        .isFalse();

    assertThat(marks.unseen("m1")).isEqualTo(1);
    assertThat(marks.unseen("m9")).isZero();
    assertThat(marks.summaryOf(replied(root, 2, 3000, List.of("u-bob"))).unreadText())
        .isEqualTo("1 new reply");

    marks.opened(root);

    assertThat(marks.unseen("m1")).isZero();
    assertThat(told).containsExactly("m1", "m1");
  }

  @Test
  void anUnseenReplyMarksItsRootsRowInPlace() {
    marks.whenChanged((roomId, rootId) -> timeline.change(rootId, held -> held));
    timeline.add(replied(root, 1, 2000, List.of("u-bob")));

    marks.replyArrived(reply("m2", "u-carol", "pizza", 3000, "m1", false), false);

    assertThat(rowOf("m1").thread().unreadText()).isEqualTo("1 new reply");
    marks.opened(root);
    assertThat(rowOf("m1").thread().unread()).isZero();
  }

  @Test
  void aReplyAlsoPostedToTheRoomNamesItsRoot() {
    timeline.add(root);
    timeline.add(reply("m2", "u-carol", "pizza", 2000, "m1", true));
    timeline.add(reply("m3", "u-carol", "sushi", 3000, "m-gone", true));

    assertThat(rowOf("m2").repliedIn())
        .isEqualTo(new ThreadLink("m1", "Replied to a thread: bob: “lunch?”"));
    assertThat(rowOf("m3").repliedIn().text())
        .as("a root not held")
        .isEqualTo("Replied to a thread");
  }

  @Test
  void onlyWhoWroteOrRepliedFollowsAThread() {
    assertThat(marks.follows(root)).isFalse();
    assertThat(marks.follows(replied(root, 1, 2000, List.of("u-alice")))).isTrue();
    assertThat(marks.follows(text("m5", "u-alice", "mine", 1000))).isTrue();
  }

  @Test
  void theSummaryReadsAsWords() {
    ThreadSummary one = new ThreadSummary("m1", 1, 0, List.of("Ana Lima"), 0);
    ThreadSummary many = new ThreadSummary("m1", 12, 0, List.of(), 2);

    assertThat(one.repliesText()).isEqualTo("1 reply");
    assertThat(one.unreadText()).isEmpty();
    assertThat(one.lastReplyText(30_000)).isEqualTo("last reply just now");
    assertThat(many.lastReplyText(3 * 3_600_000L)).isEqualTo("last reply 3 h ago");
    assertThat(many.lastReplyText(24 * 3_600_000L)).isEqualTo("last reply 1 day ago");
    assertThat(many.unreadText()).isEqualTo("2 new replies");
    assertThat(many.spoken(0)).isEqualTo("12 replies, 2 new, last reply just now");
    assertThat(ThreadSummary.initials("Ana Lima")).isEqualTo("AL");
    assertThat(ThreadSummary.initials("bob")).isEqualTo("B");
    assertThat(ThreadSummary.initials(" ")).isEqualTo("?");
  }

  /** A held message's new state arrives, whole. */
  private void changed(Message now) {
    timeline.change(now.messageId(), held -> now);
  }

  private ChatLine rowOf(String messageId) {
    return timeline.lines().stream()
        .filter(l -> l.kind() == ChatLine.Kind.MESSAGE && l.key().equals(messageId))
        .findFirst()
        .orElseThrow();
  }
}
