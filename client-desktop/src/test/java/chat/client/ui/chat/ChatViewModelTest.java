package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.LiveRoom;
import chat.client.support.Waits;
import chat.protocol.client.MessageDelete;
import chat.protocol.client.MessagePin;
import chat.protocol.model.Message;
import chat.protocol.result.EmptyResult;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChatViewModelTest {

  @RegisterExtension final LiveRoom live = LiveRoom.alice();

  private LiveChatFeed feed;
  private ChatViewModel chat;

  @BeforeEach
  void start() {
    feed = new LiveChatFeed(live);
    chat = feed.chat();
  }

  @Test
  void theComposerRefusesWhatTheServerWouldRefuse() {
    assertThat(chat.composer().limit().canSend().get()).as("no room open").isFalse();
    chat.open(live.room().roomId(), 0);

    chat.composer().draftProperty().set("   ");
    assertThat(chat.composer().limit().canSend().get()).isFalse();
    chat.composer().draftProperty().set("x".repeat(4000));
    assertThat(chat.composer().limit().canSend().get()).isTrue();
    assertThat(chat.composer().limit().counter().get()).isEqualTo("4000 / 4000");
    chat.composer().draftProperty().set("x".repeat(4001));
    assertThat(chat.composer().limit().canSend().get()).isFalse();
    assertThat(chat.composer().limit().overLimit().get()).isTrue();
    chat.composer().draftProperty().set("short");
    assertThat(chat.composer().limit().counter().get()).isEmpty();
  }

  @Test
  void aSentMessageShowsAtOnceAndOnceAcknowledgedStaysOnce() {
    chat.open(live.room().roomId(), 0);
    chat.composer().draftProperty().set("hello");

    chat.composer().send();

    assertThat(chat.composer().draftProperty().get()).isEmpty();
    Waits.until(
        "the acknowledged message", () -> contents(ChatLine.Kind.MESSAGE).equals(List.of("hello")));
    assertThat(contents(ChatLine.Kind.PENDING)).isEmpty();
  }

  @Test
  void opensWithTheNewestPageAndLoadsOlderOnesOnRequest() {
    feed.bobSends(60);
    ChatViewModel fresh = new ChatViewModel(live.client(), ZoneOffset.UTC);

    fresh.open(live.room().roomId(), 0);
    Waits.until("the newest page", () -> messages(fresh).size() == 50);
    assertThat(messages(fresh).getFirst()).isEqualTo("message 11");

    int added = fresh.loadOlder().join();

    assertThat(added).isEqualTo(10);
    assertThat(messages(fresh))
        .hasSize(60)
        .startsWith("message 1", "message 2")
        .endsWith("message 60");
    assertThat(fresh.loadOlder().join()).as("nothing older is left").isZero();
  }

  @Test
  void aJumpShowsTheMessagesAroundAnOldMessageThenNewerOnesOnRequest() {
    List<Message> sent = feed.bobSends(80);
    ChatViewModel fresh = new ChatViewModel(live.client(), ZoneOffset.UTC);
    fresh.open(live.room().roomId(), 0);
    Waits.until("the newest page", () -> messages(fresh).size() == 50);
    Message fifth = sent.get(4);

    fresh.showAround(fifth);

    Waits.until("the jump", () -> fifth.messageId().equals(fresh.jumpedToProperty().get()));
    assertThat(messages(fresh))
        .as("the four before it, it, and the %d after it", RoomHistory.AROUND)
        .hasSize(30)
        .startsWith("message 1")
        .contains("message 5")
        .endsWith("message 30");

    assertThat(fresh.loadNewer().join()).isTrue();

    assertThat(messages(fresh)).hasSize(80).endsWith("message 79", "message 80");
    assertThat(fresh.loadNewer().join()).as("the present is reached").isFalse();
  }

  @Test
  void sendingAfterAJumpReturnsToThePresent() {
    List<Message> sent = feed.bobSends(60);
    chat.open(live.room().roomId(), 0);
    Waits.until("the newest", () -> contents(ChatLine.Kind.MESSAGE).contains("message 60"));
    chat.showAround(sent.getFirst());
    Waits.until(
        "the jump", () -> sent.getFirst().messageId().equals(chat.jumpedToProperty().get()));

    chat.composer().draftProperty().set("back to now");
    chat.composer().send();

    Waits.until(
        "the present, with ours last",
        () -> contents(ChatLine.Kind.MESSAGE).getLast().equals("back to now"));
    assertThat(contents(ChatLine.Kind.MESSAGE)).contains("message 60").doesNotContain("message 1");
  }

  @Test
  void aMessageArrivingWhileOlderOnesAreShownCountsAsNewAndTheButtonReturnsToTheNewest() {
    feed.bobSends(3);
    ChatViewModel fed = new ChatViewModel(live.client(), ZoneOffset.UTC); // by this test only
    fed.open(live.room().roomId(), 0);
    Waits.until("the newest page", () -> messages(fed).size() == 3);
    for (int i = 1; i <= 2_000; i++) {
      fed.accept(live(i));
    }
    assertThat(messages(fed))
        .as("the oldest give way while the newest are followed")
        .hasSizeLessThanOrEqualTo(TimelineWindow.SHOWN + TimelineWindow.STEP)
        .endsWith("live 2000");

    fed.follow().scrolled(false);
    assertThat(fed.loadOlder().join()).isPositive();
    assertThat(fed.loadOlder().join()).isPositive();
    fed.accept(live(2_001));

    assertThat(fed.showsNewest()).isFalse();
    assertThat(messages(fed)).doesNotContain("live 2001");
    assertThat(fed.follow().unseenProperty().get()).isEqualTo(1);

    assertThat(fed.showNewest()).as("the newest were not shown").isFalse();

    assertThat(messages(fed)).endsWith("live 2000", "live 2001");
    assertThat(fed.showsNewest()).isTrue();
  }

  @Test
  void upEditsTheLastOwnMessageInTheComposerAndCancellingBringsTheDraftBack() {
    chat.open(live.room().roomId(), 0);
    chat.composer().draftProperty().set("mine");
    chat.composer().send();
    Waits.until("acknowledged", () -> contents(ChatLine.Kind.MESSAGE).equals(List.of("mine")));
    chat.composer().draftProperty().set("half a thought");

    assertThat(chat.composer().editLast()).isTrue();

    assertThat(chat.composer().draftProperty().get()).isEqualTo("mine");
    assertThat(chat.composer().editing().editingProperty().get().content()).isEqualTo("mine");

    chat.composer().editing().cancel();

    assertThat(chat.composer().draftProperty().get()).isEqualTo("half a thought");
    assertThat(chat.composer().editing().editingProperty().get()).isNull();
  }

  @Test
  void deletingTheMessageBeingEditedLeavesEditModeAndSaysSo() {
    chat.open(live.room().roomId(), 0);
    chat.composer().draftProperty().set("mine");
    chat.composer().send();
    Waits.until("acknowledged", () -> contents(ChatLine.Kind.MESSAGE).equals(List.of("mine")));
    chat.composer().draftProperty().set("half a thought");
    chat.composer().editLast();
    Message mine = chat.composer().editing().editingProperty().get();

    live.client()
        .request(
            id -> new MessageDelete(id, live.room().roomId(), mine.messageId()), EmptyResult.class)
        .join();

    Waits.until("edit mode left", () -> chat.composer().editing().editingProperty().get() == null);
    assertThat(chat.composer().draftProperty().get()).isEqualTo("half a thought");
    assertThat(chat.noticeProperty().get()).isEqualTo("The message you were editing was deleted.");
  }

  @Test
  void aPageRefusedAfterTheUserWentBackToAnotherRoomLeavesThatRoomsNoticeAlone() {
    chat.open(live.room().roomId(), 0);
    answeredSoFar();

    chat.open("r_notamember", 0);
    chat.open(live.room().roomId(), 0);
    answeredSoFar();

    assertThat(chat.roomIdProperty().get()).isEqualTo(live.room().roomId());
    assertThat(chat.noticeProperty().get()).isEmpty();
  }

  @Test
  void aPageRefusedWhileItsRoomIsOpenSaysWhy() {
    chat.open("r_notamember", 0);

    Waits.until("the refusal shown", () -> !chat.noticeProperty().get().isEmpty());
    assertThat(chat.noticeProperty().get()).contains("r_notamember");
  }

  @Test
  void withoutAnOwnMessageUpEditsNothing() {
    feed.bobSends(1);
    chat.open(live.room().roomId(), 0);
    Waits.until("bob's", () -> messages(chat).size() == 1);

    assertThat(chat.composer().editLast()).isFalse();
    assertThat(chat.composer().editing().editingProperty().get()).isNull();
  }

  @Test
  void aDeletionAndReactionsChangeTheRowWhereItIs() {
    List<Message> sent = feed.bobSends(3);
    // Fed by its history only: the page cannot land after the changes and put the rows back.
    ChatViewModel fresh = new ChatViewModel(live.client(), ZoneOffset.UTC);
    fresh.open(live.room().roomId(), 0);
    Waits.until("bob's", () -> messages(fresh).size() == 3);
    String thumbs = "\uD83D\uDC4D";

    fresh.changes().removed(live.room().roomId(), sent.get(0).messageId());
    fresh
        .changes()
        .reactionsChanged(
            live.room().roomId(), sent.get(1).messageId(), Map.of(thumbs, List.of("u-x")));

    List<ChatLine> rows = rows(fresh);
    assertThat(rows.get(0).deleted()).isTrue();
    assertThat(rows.get(0).content()).isEmpty();
    assertThat(rows.get(1).reactions()).containsOnlyKeys(thumbs);
    assertThat(rows.get(2).reactions()).isEmpty();
    assertThat(fresh.actions().of(rows.get(0))).as("a tombstone offers nothing").isEmpty();
  }

  @Test
  void theRoomsCreatorMayDeleteAndPinAnyMessageAndOthersOnlyTheirOwn() {
    List<Message> sent = feed.bobSends(1);
    live.client()
        .request(
            id -> new MessagePin(id, live.room().roomId(), sent.getFirst().messageId()),
            EmptyResult.class)
        .join();
    chat.open(live.room().roomId(), 0);
    Waits.until("bob's", () -> messages(chat).size() == 1);
    // The pins are fetched apart from the history: wait for them, so no change below races them.
    Waits.until("the pin", () -> chat.pins().pins().size() == 1);
    ChatLine bobs = rows(chat).getFirst();
    assertThat(chat.pins().text().get()).isEqualTo("bob: message 1");

    assertThat(chat.actions().of(bobs)).containsExactly(MessageActions.Action.REACT);

    chat.roomChanged(live.room());

    assertThat(chat.actions().of(bobs))
        .containsExactly(
            MessageActions.Action.DELETE, MessageActions.Action.REACT, MessageActions.Action.UNPIN);
    chat.changes().pinsChanged(live.room().roomId(), List.of());
    assertThat(chat.actions().of(bobs)).contains(MessageActions.Action.PIN);
    assertThat(chat.pins().text().get()).isEmpty();
  }

  @Test
  void whoReactedNamesTheReaderFirstAndCountsTheRestBeyondTwo() {
    String me = live.client().me().userId();

    assertThat(chat.actions().whoReacted(live.room().roomId(), List.of(me))).isEqualTo("You");
    assertThat(chat.actions().whoReacted(live.room().roomId(), List.of("u-1", me)))
        .isEqualTo("You and Someone");
    assertThat(chat.actions().whoReacted(live.room().roomId(), List.of("u-1", "u-2", "u-3", me)))
        .isEqualTo("You, Someone and 2 others");
  }

  @Test
  void aPinCaughtUpAfterAReconnectComesIntoTheBarAndAnUnpinnedOneGoes() {
    List<Message> sent = feed.bobSends(2);
    chat.open(live.room().roomId(), 0);
    Waits.until("bob's", () -> messages(chat).size() == 2);
    live.client()
        .request(
            id -> new MessagePin(id, live.room().roomId(), sent.get(0).messageId()),
            EmptyResult.class)
        .join();
    Waits.until("the pin", () -> chat.pins().pins().size() == 1);

    chat.changes().changed(pinned(sent.get(1)));

    assertThat(chat.pins().text().get()).isEqualTo("bob: message 2");
    assertThat(chat.pins().position().get()).isEqualTo("1 of 2");
    chat.pins().next();
    assertThat(chat.pins().position().get()).isEqualTo("2 of 2");
    assertThat(chat.pins().text().get()).isEqualTo("bob: message 1");

    chat.changes().changed(sent.get(1));

    assertThat(chat.pins().pins()).extracting(Message::content).containsExactly("message 1");
    assertThat(chat.pins().position().get()).isEmpty();
  }

  /** {@code message} as pinned by alice now. */
  private static Message pinned(Message m) {
    return m.withPin(System.currentTimeMillis() + 60_000, "u-alice");
  }

  private static List<ChatLine> rows(ChatViewModel of) {
    return of.linesProperty().get().stream()
        .filter(line -> line.kind() == ChatLine.Kind.MESSAGE)
        .toList();
  }

  /** A message from Carol that arrived live, well after Bob's. */
  private Message live(int i) {
    return Message.text(
        "live-" + i,
        live.room().roomId(),
        "u-carol",
        "carol",
        "live " + i,
        4_000_000_000_000L + i,
        null);
  }

  /**
   * Returns once the requests the view model made so far are answered and their answers handled:
   * the server answers a socket's requests in order, and the client hands answers on in order.
   */
  private void answeredSoFar() {
    live.client().history(live.room().roomId(), null, null, 1).join();
  }

  private List<String> contents(ChatLine.Kind kind) {
    return chat.linesProperty().get().stream()
        .filter(l -> l.kind() == kind)
        .map(ChatLine::content)
        .toList();
  }

  private static List<String> messages(ChatViewModel model) {
    return model.linesProperty().get().stream()
        .filter(l -> l.kind() == ChatLine.Kind.MESSAGE)
        .map(ChatLine::content)
        .toList();
  }
}
