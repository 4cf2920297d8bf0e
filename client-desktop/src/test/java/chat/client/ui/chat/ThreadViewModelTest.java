package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ClientEvent;
import chat.client.net.Outbox;
import chat.client.support.LiveRoom;
import chat.client.support.Waits;
import chat.protocol.client.MessageDelete;
import chat.protocol.client.MessageSend;
import chat.protocol.model.Message;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MessageResult;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The thread panel's view model against a real server, with a second member replying. */
class ThreadViewModelTest {

  @RegisterExtension final LiveRoom live = LiveRoom.aliceAndBob();

  private ThreadMarks marks;
  private ThreadViewModel thread;
  private final List<List<Outbox.Entry>> outboxes = new ArrayList<>();

  @BeforeEach
  void start() {
    marks = new ThreadMarks(live.client().me().userId());
    thread = new ThreadViewModel(live.client(), ZoneOffset.UTC, marks);
    live.client()
        .addListener(
            event -> {
              switch (event) {
                case ClientEvent.MessageArrived m when m.message().threadId() != null ->
                    thread.arrived(m.message());
                case ClientEvent.MessageEdited e -> thread.changed(e.message());
                case ClientEvent.MessageRemoved r -> thread.removed(r.roomId(), r.messageId());
                case ClientEvent.SendRefused r ->
                    thread.refused(r.threadId(), r.content(), r.reason());
                case ClientEvent.OutboxChanged o -> {
                  outboxes.add(o.pending());
                  thread.pendingChanged(o.pending());
                }
                default -> {}
              }
            });
  }

  @Test
  void deletingTheReplyBeingEditedLeavesEditModeAndSaysSo() {
    Message root = bobSays("root", null);
    thread.open(root, "general");
    thread.composer().draftProperty().set("my reply");
    thread.composer().send();
    Waits.until("my reply acknowledged", thread.composer()::editLast);
    Message mine = thread.composer().editing().editingProperty().get();

    live.client()
        .request(
            id -> new MessageDelete(id, live.room().roomId(), mine.messageId()), EmptyResult.class)
        .join();

    Waits.until(
        "edit mode left", () -> thread.composer().editing().editingProperty().get() == null);
    assertThat(thread.composer().draftProperty().get()).isEmpty();
    assertThat(thread.noticeProperty().get())
        .isEqualTo("The message you were editing was deleted.");
  }

  @Test
  void theThreadComposerCountsAndRefusesAsTheRoomComposerDoes() {
    Message root = bobSays("root", null);
    assertThat(thread.composer().limit().canSend().get()).as("no thread open").isFalse();
    thread.open(root, "general");

    thread.composer().draftProperty().set("   ");
    assertThat(thread.composer().limit().canSend().get()).isFalse();
    thread.composer().draftProperty().set("x".repeat(4000));
    assertThat(thread.composer().limit().canSend().get()).isTrue();
    assertThat(thread.composer().limit().counter().get()).isEqualTo("4000 / 4000");
    thread.composer().draftProperty().set("x".repeat(4001));
    assertThat(thread.composer().limit().canSend().get()).isFalse();
    assertThat(thread.composer().limit().overLimit().get()).isTrue();
    thread.composer().draftProperty().set("short");
    assertThat(thread.composer().limit().counter().get()).isEmpty();
  }

  @Test
  void opensWithTheRootAndTheNewestRepliesThenOlderOnesOnRequest() {
    Message root = bobSays("root", null);
    for (int i = 1; i <= 55; i++) {
      bobSays("reply " + i, root);
    }

    thread.open(root, "general");

    Waits.until("the newest page", () -> messages().size() == 51);
    assertThat(messages().getFirst()).isEqualTo("root");
    assertThat(messages().get(1)).isEqualTo("reply 6");
    assertThat(thread.loadOlder().join()).isEqualTo(5);
    assertThat(messages()).hasSize(56).startsWith("root", "reply 1").endsWith("reply 55");
    assertThat(thread.loadOlder().join()).as("nothing older is left").isZero();
  }

  @Test
  void aReplyGoesThroughTheOutboxShowsPendingThenOnceAcknowledged() {
    Message root = bobSays("root", null);
    thread.open(root, "general");
    Waits.until("the thread", () -> messages().equals(List.of("root")));
    thread.composer().draftProperty().set("on it");
    thread.composer().alsoInRoomProperty().set(true);

    thread.composer().send();

    assertThat(thread.composer().draftProperty().get()).isEmpty();
    Waits.until("pending", () -> !outboxes.isEmpty() && !outboxes.getFirst().isEmpty());
    Outbox.Entry queued = outboxes.getFirst().getFirst();
    assertThat(queued.threadId()).isEqualTo(root.messageId());
    assertThat(queued.alsoInRoom()).isTrue();
    Waits.until("the acknowledged reply", () -> messages().equals(List.of("root", "on it")));
    assertThat(rows(ChatLine.Kind.PENDING)).isEmpty();
    Message seen = live.bob().received("on it");
    assertThat(seen.threadId()).isEqualTo(root.messageId());
    assertThat(seen.alsoInRoom()).isTrue();
  }

  @Test
  void repliesToAThreadNotOpenCountAsUnseenThere() {
    Message open = bobSays("open one", null);
    Message other = bobSays("other one", null);
    thread.open(open, "general");
    Waits.until("the thread", () -> messages().equals(List.of("open one")));

    bobSays("here", open);
    bobSays("there", other);

    Waits.until("the reply here", () -> messages().equals(List.of("open one", "here")));
    Waits.until("the reply there counted", () -> marks.unseen(other.messageId()) == 1);
    assertThat(marks.unseen(open.messageId())).isZero();

    thread.openProperty().set(false);
    assertThat(thread.lines()).isEmpty();
    thread.open(other, "general");
    assertThat(marks.unseen(other.messageId())).isZero();
  }

  @Test
  void repliesThatCameWhileTheWindowWasInTheBackgroundAreUnseenUntilItIsBack() {
    Message root = bobSays("root", null);
    thread.open(root, "general");
    Waits.until("the thread", () -> messages().equals(List.of("root")));
    thread.windowFocusedProperty().set(false);

    bobSays("while away", root);

    Waits.until("the reply shown", () -> messages().equals(List.of("root", "while away")));
    assertThat(marks.unseen(root.messageId())).isEqualTo(1);

    thread.windowFocusedProperty().set(true);

    assertThat(marks.unseen(root.messageId())).isZero();
  }

  @Test
  void aRefusedReplyComesBackToTheComposerWithTheReason() {
    Message root = bobSays("root", null);
    Message reply = bobSays("a reply", root);
    thread.open(reply, "general"); // a reply is never a thread's root: the server refuses

    thread.composer().draftProperty().set("nested");
    thread.composer().send();

    Waits.until(
        "the refusal", () -> thread.noticeProperty().get().startsWith("Your reply was not sent: "));
    assertThat(thread.composer().draftProperty().get()).isEqualTo("nested");
    // The outbox's change comes just after the refusal: wait for it rather than race it.
    Waits.until("no pending row", () -> rows(ChatLine.Kind.PENDING).isEmpty());
  }

  private Message bobSays(String text, Message root) {
    String clientMsgId = "b-" + System.nanoTime();
    return live.bob()
        .request(
            id ->
                root == null
                    ? new MessageSend(id, live.room().roomId(), text, clientMsgId)
                    : MessageSend.reply(
                        id, live.room().roomId(), text, clientMsgId, root.messageId(), false),
            MessageResult.class)
        .message();
  }

  private List<String> messages() {
    return rows(ChatLine.Kind.MESSAGE);
  }

  private List<String> rows(ChatLine.Kind kind) {
    return thread.lines().stream().filter(l -> l.kind() == kind).map(ChatLine::content).toList();
  }
}
