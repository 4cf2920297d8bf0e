package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.Outbox;
import chat.protocol.model.Message;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RoomTimelineTest {

  private static final long DAY = 86_400_000L;
  private final RoomTimeline timeline = new RoomTimeline("u-alice", ZoneOffset.UTC);

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

  private List<String> rows() {
    return timeline.lines().stream()
        .map(
            l ->
                switch (l.kind()) {
                  case DAY -> "[day]";
                  case PENDING -> "[pending] " + l.content();
                  case MESSAGE -> l.sender() + (l.own() ? " (own)" : "") + ": " + l.content();
                })
        .toList();
  }

  private static Message message(String id, String senderId, String content, long timestamp) {
    return Message.text(id, "r1", senderId, senderId.substring(2), content, timestamp, "c-" + id);
  }
}
