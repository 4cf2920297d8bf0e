package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.Outbox;
import chat.protocol.model.Message;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RoomTimelineTest {

  private static final long DAY = 86_400_000L;
  private final RoomTimeline timeline =
      new RoomTimeline("u-alice", ZoneOffset.UTC, new ThreadMarks("u-alice"));

  @Test
  void eachMessageShowsOnceWhateverRepeatsIt() {
    assertThat(timeline.add(message("m1", "u-bob", "hi", 1000))).isTrue();
    assertThat(timeline.add(message("m1", "u-bob", "hi", 1000))).isFalse();

    assertThat(rows()).containsExactly("[day]", "bob: hi");
  }

  @Test
  void aSeparatorStartsEachDay() {
    timeline.add(message("m1", "u-bob", "monday", 10));
    timeline.add(message("m2", "u-bob", "still monday", 20));
    timeline.add(message("m3", "u-bob", "tuesday", DAY + 10));

    assertThat(rows())
        .containsExactly("[day]", "bob: monday", "bob: still monday", "[day]", "bob: tuesday");
    assertThat(timeline.lines().getFirst().content())
        .isEqualTo(
            LocalDate.ofEpochDay(0).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)));
  }

  @Test
  void pendingMessagesStayLastUntilTheirAckArrives() {
    Outbox.Entry waiting = new Outbox.Entry("c-1", "r1", "on its way", 50);
    timeline.add(message("m1", "u-bob", "hi", 10));
    timeline.setPending(List.of(waiting));
    timeline.add(message("m2", "u-bob", "meanwhile", 20));

    assertThat(rows())
        .containsExactly("[day]", "bob: hi", "bob: meanwhile", "[pending] on its way");

    timeline.add(Message.text("m3", "r1", "u-alice", "alice", "on its way", 60, "c-1"));

    assertThat(rows())
        .containsExactly("[day]", "bob: hi", "bob: meanwhile", "alice (own): on its way");
  }

  @Test
  void olderPagesGoOnTopAndReportTheRowsAdded() {
    timeline.loadedNewest(List.of(message("m3", "u-bob", "three", DAY + 3)), true);

    int added =
        timeline.addedOlder(
            List.of(message("m1", "u-bob", "one", 1), message("m2", "u-bob", "two", DAY + 2)),
            false);

    assertThat(added).isEqualTo(3);
    assertThat(rows()).containsExactly("[day]", "bob: one", "[day]", "bob: two", "bob: three");
    assertThat(timeline.hasOlder()).isFalse();
    assertThat(timeline.oldestId()).isEqualTo("m1");
  }

  @Test
  void anOlderPageAddsOnlyItsRowsJoiningTheDayAndTheSendersRunAboveTheHeldOnes() {
    timeline.loadedNewest(
        List.of(message("m3", "u-bob", "three", 30_000), message("m4", "u-carol", "four", 40_000)),
        true);
    ChatLine four = timeline.lines().getLast();

    int added =
        timeline.addedOlder(
            List.of(message("m1", "u-carol", "one", 10_000), message("m2", "u-bob", "two", 20_000)),
            false);

    assertThat(added).isEqualTo(2);
    assertThat(rows())
        .containsExactly("[day]", "carol: one", "bob: two", "bob: three", "carol: four");
    assertThat(timeline.lines().get(3).groupStart()).as("three continues two's run").isFalse();
    assertThat(timeline.lines().getLast()).as("held rows are kept, not rebuilt").isSameAs(four);
  }

  @Test
  void aWindowAroundAMessageReplacesWhatWasHeldAndHoldsLiveMessagesBackUntilItReachesTheNewest() {
    timeline.loadedNewest(List.of(message("m8", "u-bob", "eight", 80)), true);

    timeline.loadedAround(
        List.of(message("m2", "u-bob", "two", 20), message("m3", "u-bob", "three", 30)),
        true,
        true);
    boolean isNew = timeline.add(message("m9", "u-bob", "nine", 90));

    assertThat(rows()).containsExactly("[day]", "bob: two", "bob: three");
    assertThat(isNew).as("new to the app, shown once the pages reach it").isTrue();
    assertThat(timeline.hasNewer()).isTrue();
    assertThat(timeline.newestId()).isEqualTo("m3");

    timeline.addedNewer(
        List.of(message("m8", "u-bob", "eight", 80), message("m9", "u-bob", "nine", 90)), false);
    timeline.add(message("m10", "u-bob", "ten", 100));

    assertThat(rows())
        .containsExactly("[day]", "bob: two", "bob: three", "bob: eight", "bob: nine", "bob: ten");
    assertThat(timeline.hasNewer()).isFalse();
  }

  @Test
  void aLiveMessageHeldBackDuringAJumpIsShownWhenTheNewestPageLacksIt() {
    timeline.loadedAround(List.of(message("m2", "u-bob", "two", 20)), true, true);
    timeline.add(message("m9", "u-alice", "ours, acknowledged first", 90));

    timeline.loadedNewest(List.of(message("m8", "u-bob", "eight", 80)), true);

    assertThat(rows())
        .containsExactly("[day]", "bob: eight", "alice (own): ours, acknowledged first");
  }

  @Test
  void theNewestPageAfterAWindowReplacesIt() {
    timeline.loadedAround(List.of(message("m2", "u-bob", "two", 20)), true, true);

    timeline.loadedNewest(List.of(message("m9", "u-bob", "nine", 90)), true);

    assertThat(rows()).containsExactly("[day]", "bob: nine");
    assertThat(timeline.hasNewer()).isFalse();
  }

  @Test
  void messagesThatArrivedBeforeTheFirstPageStayAfterIt() {
    timeline.add(message("m3", "u-bob", "live", 30));

    timeline.loadedNewest(
        List.of(message("m1", "u-bob", "one", 10), message("m3", "u-bob", "live", 30)), false);

    assertThat(rows()).containsExactly("[day]", "bob: one", "bob: live");
    assertThat(timeline.loaded()).isTrue();
  }

  @Test
  @Timeout(10)
  void aHundredThousandMessagesStayCheapToAddTo() {
    timeline.setPending(List.of(new Outbox.Entry("c-x", "r1", "pending", 0)));
    for (int i = 0; i < 100_000; i++) {
      timeline.add(message("m" + i, i % 2 == 0 ? "u-bob" : "u-alice", "text " + i, i * 60_000L));
    }

    assertThat(timeline.lines().getLast().kind()).isEqualTo(ChatLine.Kind.PENDING);
    assertThat(timeline.lines().stream().filter(l -> l.kind() == ChatLine.Kind.MESSAGE))
        .hasSize(100_000);
  }

  @Test
  void consecutiveMessagesOfOneSenderWithinFiveMinutesShareOneHeader() {
    long minute = 60_000L;
    timeline.add(message("m1", "u-bob", "one", 0));
    timeline.add(message("m2", "u-bob", "two", 4 * minute));
    timeline.add(message("m3", "u-carol", "three", 5 * minute));
    timeline.add(message("m4", "u-carol", "four", 11 * minute));
    timeline.add(message("m5", "u-carol", "five", DAY + 11 * minute));

    assertThat(headers())
        .containsExactly(
            "[day]",
            "^bob: one",
            "bob: two",
            "^carol: three",
            "^carol: four",
            "[day]",
            "^carol: five");
  }

  @Test
  void aRebuiltListGroupsAsTheLiveOneDoes() {
    timeline.loadedNewest(
        List.of(message("m1", "u-bob", "one", 1), message("m2", "u-bob", "two", 2)), false);
    timeline.addedOlder(List.of(message("m0", "u-bob", "zero", 0)), false);

    assertThat(headers()).containsExactly("[day]", "^bob: zero", "bob: one", "bob: two");
  }

  @Test
  void ourPendingMessageJoinsOurGroupAndARefusedOneStaysWithItsReason() {
    timeline.add(message("m1", "u-alice", "mine", 10));
    timeline.setPending(List.of(new Outbox.Entry("c-1", "r1", "on its way", 20)));
    timeline.refused("k-1", "too much", "Message too long", 30);

    assertThat(headers())
        .containsExactly(
            "[day]", "^alice (own): mine", "[failed] too much", "[pending] on its way");
    ChatLine failed = timeline.lines().get(2);
    assertThat(failed.note()).isEqualTo("Message too long");
    assertThat(failed.groupStart()).isFalse();

    assertThat(timeline.forgetRefused("k-1")).isTrue();
    assertThat(timeline.forgetRefused("k-1")).isFalse();
    assertThat(rows()).containsExactly("[day]", "alice (own): mine", "[pending] on its way");
  }

  @Test
  void aRoomOpensWithTheNewMessagesLineAboveItsFirstUnread() {
    timeline.openedWithUnread(2);
    timeline.loadedNewest(
        List.of(
            message("m1", "u-bob", "read", 1),
            message("m2", "u-bob", "first unread", 2),
            message("m3", "u-alice", "my reply", 3),
            message("m4", "u-bob", "second unread", 4)),
        false);

    assertThat(headers())
        .containsExactly(
            "[day]",
            "^bob: read",
            "[unread]",
            "^bob: first unread",
            "^alice (own): my reply",
            "^bob: second unread");
    assertThat(timeline.unreadRow()).isEqualTo(2);

    timeline.openedWithUnread(0);

    assertThat(timeline.unreadRow()).isEqualTo(-1);
    assertThat(rows()).doesNotContain("[unread]");
  }

  @Test
  void moreUnreadThanHeldPutsTheLineAboveTheOldestHeld() {
    timeline.loadedNewest(List.of(message("m1", "u-bob", "one", 1)), true);

    timeline.openedWithUnread(5);

    assertThat(rows()).containsExactly("[day]", "[unread]", "bob: one");
  }

  private List<String> headers() {
    return timeline.lines().stream()
        .map(
            l ->
                switch (l.kind()) {
                  case DAY, UNREAD, PENDING, FAILED -> row(l);
                  case MESSAGE -> (l.groupStart() ? "^" : "") + row(l);
                })
        .toList();
  }

  @Test
  void aChangedMessageReplacesItsRowInPlaceKeepingItsGroup() {
    timeline.add(message("m1", "u-bob", "one", 10));
    timeline.add(message("m2", "u-bob", "two", 20));
    ChatLine first = timeline.lines().get(1);

    boolean held = timeline.change("m2", m -> edited(m, "two, edited", 30));

    assertThat(held).isTrue();
    assertThat(rows()).containsExactly("[day]", "bob: one", "bob: two, edited");
    assertThat(timeline.lines().getLast().groupStart()).isFalse();
    assertThat(timeline.lines().getLast().editedAt()).isEqualTo(30L);
    assertThat(timeline.lines().get(1)).as("other rows are kept").isSameAs(first);
  }

  @Test
  void aDeletedMessageBecomesATombstoneInItsPlace() {
    timeline.add(message("m1", "u-bob", "one", 10));
    timeline.add(message("m2", "u-carol", "two", 20));

    timeline.change("m1", Message::asDeleted);

    assertThat(rows()).containsExactly("[day]", "bob: ", "carol: two");
    assertThat(timeline.lines().get(1).deleted()).isTrue();
    assertThat(timeline.lines().get(1).reactions()).isEmpty();
  }

  @Test
  void aMessageHeldBackBehindAGapChangesToo() {
    timeline.loadedAround(List.of(message("m2", "u-bob", "two", 20)), true, true);
    timeline.add(message("m9", "u-bob", "nine", 90));

    boolean held =
        timeline.change("m9", m -> m.withReactions(Map.of("\uD83D\uDC4D", List.of("u-bob"))));
    timeline.addedNewer(List.of(), false);

    assertThat(held).isTrue();
    assertThat(timeline.lines().getLast().reactions()).containsOnlyKeys("\uD83D\uDC4D");
  }

  @Test
  void aMessageNotHeldIsNotChanged() {
    timeline.add(message("m1", "u-bob", "one", 10));

    assertThat(timeline.change("m7", Message::asDeleted)).isFalse();
    assertThat(rows()).containsExactly("[day]", "bob: one");
  }

  @Test
  void upEditsTheNewestOwnMessageThatIsNotDeleted() {
    timeline.add(message("m1", "u-alice", "first of mine", 10));
    timeline.add(message("m2", "u-alice", "second of mine", 20));
    timeline.add(message("m3", "u-bob", "bob's", 30));
    timeline.change("m2", Message::asDeleted);

    assertThat(timeline.lastOwn().messageId()).isEqualTo("m1");
  }

  private List<String> rows() {
    return timeline.lines().stream().map(RoomTimelineTest::row).toList();
  }

  private static String row(ChatLine l) {
    return switch (l.kind()) {
      case DAY -> "[day]";
      case UNREAD -> "[unread]";
      case PENDING -> "[pending] " + l.content();
      case FAILED -> "[failed] " + l.content();
      case MESSAGE -> l.sender() + (l.own() ? " (own)" : "") + ": " + l.content();
    };
  }

  private static Message edited(Message m, String content, long at) {
    return m.withContent(content, at);
  }

  private static Message message(String id, String senderId, String content, long timestamp) {
    return Message.text(id, "r1", senderId, senderId.substring(2), content, timestamp, "c-" + id);
  }
}
