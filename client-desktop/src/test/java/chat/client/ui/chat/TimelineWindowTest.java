package chat.client.ui.chat;

import static chat.client.ui.chat.TimelineWindow.SHOWN;
import static chat.client.ui.chat.TimelineWindow.STEP;
import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.Outbox;
import chat.protocol.model.Message;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A room of many messages shows a window of them that slides as the reader scrolls: whatever slid,
 * the rows are those a fresh list of the same messages would have (day separators, headers).
 */
class TimelineWindowTest {

  /** Three senders in runs of four, ten minutes apart: a day separator every 144 messages. */
  private static final long GAP = 10 * 60_000L;

  private final RoomTimeline timeline =
      new RoomTimeline("u-alice", ZoneOffset.UTC, new ThreadMarks("u-alice"));
  private final List<Message> room = messages(1, 3_000);

  @Test
  void aBigRoomShowsOnlyItsNewestMessages() {
    timeline.loadedNewest(room, true);

    assertThat(shownIds()).hasSize(SHOWN).endsWith("m3000").startsWith("m2001");
    assertThat(timeline.holdsOlder()).isTrue();
    assertThat(timeline.showsNewest()).isTrue();
    assertRowsAsIfFresh();
  }

  @Test
  void theWindowSlidesOlderKeepingTheReadersPlace() {
    timeline.loadedNewest(room, true);
    ChatLine reading = timeline.lines().get(3);

    int added = timeline.showOlder();

    assertThat(timeline.lines().get(3 + added)).as("the row read, moved down").isSameAs(reading);
    assertThat(shownIds()).hasSize(SHOWN + STEP).startsWith("m1751").endsWith("m3000");
    assertRowsAsIfFresh();
  }

  @Test
  void pastItsSizeTheWindowsNewestRowsGiveWayAsItSlidesOlder() {
    timeline.loadedNewest(room, true);
    timeline.showOlder();
    ChatLine reading = timeline.lines().get(1);

    int added = timeline.showOlder();

    assertThat(timeline.lines().get(1 + added)).isSameAs(reading);
    assertThat(shownIds()).hasSize(SHOWN).startsWith("m1501").endsWith("m2500");
    assertThat(timeline.showsNewest()).isFalse();
    assertThat(timeline.holdsNewer()).isTrue();
    assertRowsAsIfFresh();
  }

  @Test
  void theWindowSlidesNewerBackToTheNewestKeepingTheReadersPlace() {
    timeline.loadedNewest(room, true);
    while (timeline.showOlder() > 0) {
      assertRowsAsIfFresh();
    }
    assertThat(shownIds()).startsWith("m1").hasSize(SHOWN);

    int slides = 0;
    while (true) {
      ChatLine reading = timeline.lines().get(timeline.lines().size() - 5);
      if (!timeline.showNewer()) {
        break;
      }
      slides++;
      assertThat(timeline.lines()).as("the row read is still shown").contains(reading);
      assertRowsAsIfFresh();
    }

    assertThat(slides).isEqualTo(8);
    assertThat(shownIds()).hasSize(SHOWN).endsWith("m3000");
    assertThat(timeline.showsNewest()).isTrue();
  }

  @Test
  void aLiveMessageAtTheBottomSlidesTheWindow() {
    timeline.setPending(List.of(new Outbox.Entry("c-x", "r1", "on its way", Long.MAX_VALUE / 2)));
    for (Message message : room) {
      timeline.add(message);
      timeline.dropOldestShown();
      assertThat(timeline.lines().size()).isLessThan(SHOWN + STEP + 20);
    }

    assertThat(shownIds()).endsWith("m3000").hasSizeBetween(SHOWN, SHOWN + STEP);
    assertThat(timeline.lines().getLast().kind()).isEqualTo(ChatLine.Kind.PENDING);
    assertRowsAsIfFresh();
    assertThat(timeline.oldestId()).as("all are held").isEqualTo("m1");
  }

  @Test
  void aLiveMessageWhileOlderOnesAreShownIsHeldBelowUntilTheNewestAreShownAgain() {
    timeline.loadedNewest(room, true);
    timeline.showOlder();
    timeline.showOlder();

    assertThat(timeline.add(message(3_001))).isTrue();

    assertThat(shownIds()).doesNotContain("m3001").endsWith("m2500");
    timeline.showNewest();
    assertThat(shownIds()).hasSize(SHOWN).endsWith("m3000", "m3001");
    assertRowsAsIfFresh();
  }

  @Test
  void olderPagesFromTheServerComeOnlyOnceAllHeldAreShownAndPushTheNewestOut() {
    List<Message> older = messages(-1_499, 0);
    timeline.loadedNewest(room, true);
    for (int i = 0; i < 8; i++) {
      timeline.showOlder();
    }
    assertThat(timeline.holdsOlder()).isFalse();

    int added = 0;
    for (int to = older.size(); to > 0; to -= 50) {
      added += timeline.addedOlder(older.subList(to - 50, to), to > 50);
    }

    assertThat(added).isPositive();
    assertThat(shownIds()).startsWith("m-1499").hasSizeLessThanOrEqualTo(SHOWN + STEP);
    assertThat(timeline.oldestId()).isEqualTo("m-1499");
    assertRowsAsIfFresh();
  }

  /** The rows are exactly those that the shown messages would have in a list of their own. */
  private void assertRowsAsIfFresh() {
    Map<String, Message> byId =
        room.stream().collect(Collectors.toMap(Message::messageId, Function.identity()));
    List<Message> shown = new ArrayList<>();
    for (String id : shownIds()) {
      shown.add(byId.getOrDefault(id, message(Integer.parseInt(id.substring(1)))));
    }
    List<ChatLine> messageRows =
        timeline.lines().stream().filter(l -> l.kind() != ChatLine.Kind.PENDING).toList();
    assertThat(messageRows)
        .isEqualTo(
            new ChatRows("u-alice", ZoneOffset.UTC, new ThreadMarks("u-alice"), id -> null)
                .of(shown, null));
  }

  private List<String> shownIds() {
    return timeline.lines().stream()
        .filter(l -> l.kind() == ChatLine.Kind.MESSAGE)
        .map(ChatLine::key)
        .toList();
  }

  private static List<Message> messages(int first, int last) {
    List<Message> made = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      made.add(message(i));
    }
    return made;
  }

  private static Message message(int i) {
    String sender = List.of("u-alice", "u-bob", "u-carol").get(Math.floorMod(i / 4, 3));
    return Message.text(
        "m" + i,
        "r1",
        sender,
        sender.substring(2),
        "text " + i,
        2_000_000 * GAP + i * GAP,
        "c" + i);
  }
}
