package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.TimelineFiles;
import chat.client.ui.chat.ChatLine;
import chat.protocol.client.MessageDelete;
import chat.protocol.client.MessageEdit;
import chat.protocol.client.ReactionAdd;
import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MessageResult;
import chat.protocol.server.MessageNew;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Threads in the app, against a real server with a second member: a root's summary and "Reply in
 * thread" open the side panel with the root and its replies, its composer replies (to the room too
 * when asked, with files dropped on the panel). Unread replies are {@link ThreadUnreadTest}'s.
 */
class ThreadsTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();
  private AppDriver app;
  private Peer bob;
  private String lobby;
  @TempDir Path files;

  @BeforeEach
  void start() {
    app = both.app();
    bob = both.bob();
    lobby = bob.createRoom("lobby", RoomVisibility.PUBLIC, null).roomId();
  }

  @Test
  void openingAThreadShowsItsRootAndReplies() {
    Message root = bobSays("lunch?");
    bobReplies(root, "pizza");
    bobReplies(root, "sushi");
    app.join("lobby");
    AppDriver.waitFor("the root's summary", () -> summaryOf("lunch?").equals("2 replies"));
    assertThat(roomContents()).contains("lunch?").doesNotContain("pizza", "sushi");

    replyInThread("lunch?");

    AppDriver.waitFor(
        "the replies", () -> threadContents().equals(List.of("lunch?", "pizza", "sushi")));
    assertThat(app.text("#thread-room")).isEqualTo("lobby");
    assertThat(app.robot().lookup("#thread-composer").query().isFocused()).isTrue();

    app.robot().type(KeyCode.ESCAPE);

    AppDriver.waitFor("the panel closed", () -> !visible("#thread-panel"));
  }

  @Test
  void aReplySentFromTheThreadPanelShowsInThePanelForBothMembersAndTheRootsCountRises() {
    Message root = bobSays("who reviews the release notes?");
    app.join("lobby");
    replyInThread("who reviews the release notes?");

    app.click("#thread-composer");
    app.robot().write("I will");
    app.robot().type(KeyCode.ENTER);

    AppDriver.waitFor("our reply in the panel", () -> threadContents().contains("I will"));
    assertThat(bobGot("I will").threadId()).isEqualTo(root.messageId());
    AppDriver.waitFor(
        "the count", () -> summaryOf("who reviews the release notes?").equals("1 reply"));
    assertThat(roomContents()).doesNotContain("I will");

    bobReplies(root, "thanks!");

    AppDriver.waitFor(
        "bob's reply in the panel",
        () -> threadContents().equals(List.of(root.content(), "I will", "thanks!")));
    AppDriver.waitFor(
        "the count", () -> summaryOf("who reviews the release notes?").equals("2 replies"));
    assertThat(app.exists("#messages .thread-unread")).as("seen in the open panel").isFalse();
  }

  @Test
  void aFileDroppedOnTheThreadGoesWithTheReplyAndShowsAsACardInThePanel() throws IOException {
    Message root = bobSays("send me the logs");
    app.join("lobby");
    replyInThread("send me the logs");
    Path log = Files.writeString(files.resolve("server.log"), "a line of the log\n".repeat(500));

    app.dropFilesOn("#thread-panel", log);
    AppDriver.waitFor(
        "the upload",
        () -> app.texts("#thread-attachments .attachment-state").equals(List.of("Ready")));
    assertThat(app.texts("#attachments .attachment-state")).as("the room's own tray").isEmpty();
    app.click("#thread-composer");
    app.robot().write("here they are");
    app.robot().type(KeyCode.ENTER);

    Message reply = bobGot("here they are");
    assertThat(reply.threadId()).isEqualTo(root.messageId());
    assertThat(reply.attachments()).extracting(Attachment::name).containsExactly("server.log");
    AppDriver.waitFor(
        "the card in the thread",
        () ->
            TimelineFiles.onFx(
                () -> {
                  ListCell<?> cell =
                      app.messages().cellShowing("#thread-messages", "here they are");
                  return cell != null && cell.lookup(".file-card") != null;
                }));
    assertThat(app.texts("#thread-attachments .attachment-state")).as("the tray emptied").isEmpty();
  }

  @Test
  void filesWaitingInAThreadsTrayAreDroppedWhenAnotherThreadOpens() throws IOException {
    bobSays("first question");
    bobSays("second question");
    app.join("lobby");
    replyInThread("first question");
    app.dropFilesOn("#thread-panel", Files.writeString(files.resolve("notes.txt"), "notes"));
    AppDriver.waitFor(
        "the upload",
        () -> app.texts("#thread-attachments .attachment-state").equals(List.of("Ready")));

    replyInThread("second question");

    AppDriver.waitFor(
        "an empty tray", () -> app.texts("#thread-attachments .attachment-state").isEmpty());
  }

  @Test
  void editsDeletionsAndReactionsOfTheRootAndRepliesShowInTheOpenThreadAtOnce() {
    Message root = bobSays("lunch?");
    app.join("lobby");
    replyInThread("lunch?");
    Message pizza = bobReplies(root, "pizza");
    Message sushi = bobReplies(root, "sushi");
    AppDriver.waitFor(
        "the replies", () -> threadContents().equals(List.of("lunch?", "pizza", "sushi")));

    bob.request(
        id -> new MessageEdit(id, lobby, pizza.messageId(), "pizza, please"), MessageResult.class);
    bob.request(id -> new ReactionAdd(id, lobby, sushi.messageId(), "👍"), EmptyResult.class);
    bob.request(id -> new ReactionAdd(id, lobby, root.messageId(), "🎉"), EmptyResult.class);
    bob.request(
        id -> new MessageEdit(id, lobby, root.messageId(), "lunch at 1?"), MessageResult.class);

    AppDriver.waitFor(
        "the edits in the thread",
        () -> threadContents().equals(List.of("lunch at 1?", "pizza, please", "sushi")));
    AppDriver.waitFor(
        "the reactions in the thread",
        () ->
            threadLine("sushi").reactions().containsKey("👍")
                && threadLine("lunch at 1?").reactions().containsKey("🎉"));
    assertThat(threadLine("pizza, please").editedAt()).isNotNull();

    Message late = bobReplies(root, "late reply");
    AppDriver.waitFor("the late reply", () -> threadContents().contains("late reply"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(threadLines())
        .as("a reply received while open, once")
        .filteredOn(line -> late.messageId().equals(line.key()))
        .hasSize(1);

    bob.request(id -> new MessageDelete(id, lobby, pizza.messageId()), EmptyResult.class);
    bob.request(id -> new MessageDelete(id, lobby, root.messageId()), EmptyResult.class);

    AppDriver.waitFor(
        "tombstones in their places",
        () -> threadLines().get(0).deleted() && threadLines().get(1).deleted());
    assertThat(threadContents()).containsExactly("", "", "sushi", "late reply");
  }

  @Test
  void editingAReplyHappensInTheThreadsComposerAndEscapeCancelsIt() {
    bobSays("lunch?");
    app.join("lobby");
    replyInThread("lunch?");
    app.click("#thread-composer");
    app.robot().write("pizza");
    app.robot().type(KeyCode.ENTER);
    AppDriver.waitFor("our reply", () -> threadLines().size() == 2 && !pendingInThread());

    app.robot().type(KeyCode.UP);

    AppDriver.waitFor("edit mode in the thread", () -> shown("#thread-editing-banner"));
    assertThat(app.text("#thread-composer")).isEqualTo("pizza");
    assertThat(app.text("#composer")).isEmpty();
    assertThat(shown("#editing-banner")).as("the room's composer is not editing").isFalse();

    app.robot().type(KeyCode.ESCAPE);

    AppDriver.waitFor("edit mode left", () -> !shown("#thread-editing-banner"));
    assertThat(app.text("#thread-composer")).isEmpty();
    assertThat(visible("#thread-panel")).as("Esc cancelled the edit, not the panel").isTrue();

    app.messages().openMenuOn("#thread-messages", "pizza");
    app.click("#message-edit");
    AppDriver.waitFor("edit mode again", () -> shown("#thread-editing-banner"));
    assertThat(app.text("#thread-composer")).isEqualTo("pizza");
    app.robot().write(", please");
    app.robot().type(KeyCode.ENTER);

    AppDriver.waitFor(
        "the edit in the thread",
        () -> threadContents().equals(List.of("lunch?", "pizza, please")));
    assertThat(threadLine("pizza, please").editedAt()).isNotNull();
    assertThat(app.text("#thread-composer")).isEmpty();
    assertThat(shown("#thread-editing-banner")).isFalse();
    assertThat(app.text("#composer")).isEmpty();
  }

  @Test
  void alsoSendToRoomShowsTheReplyInTheRoomTimeline() {
    bobSays("standup moved to 10:30");
    app.join("lobby");
    replyInThread("standup moved to 10:30");

    app.click("#also-in-room");
    app.click("#thread-composer");
    app.robot().write("noted, see you there");
    app.robot().type(KeyCode.ENTER);

    AppDriver.waitFor(
        "the reply in the panel", () -> threadContents().contains("noted, see you there"));
    AppDriver.waitFor(
        "the reply in the room", () -> roomContents().contains("noted, see you there"));
    ChatLine inRoom = roomLine("noted, see you there");
    assertThat(inRoom.repliedIn().text())
        .isEqualTo("Replied to a thread: bob: “standup moved to 10:30”");
    assertThat(bobGot("noted, see you there").alsoInRoom()).isTrue();
  }

  @Test
  void inANarrowWindowTheThreadTakesTheConversationsPlaceUntilClosed() {
    bobSays("narrow windows?");
    app.join("lobby");
    double width = app.stage().getWidth();
    app.robot().interact(() -> app.stage().setWidth(600));
    try {
      replyInThread("narrow windows?");

      AppDriver.waitFor("the conversation hidden", () -> !visible("#messages"));
      assertThat(app.robot().lookup("#thread-panel").queryAs(Region.class).getWidth())
          .isGreaterThan(500);

      app.robot().type(KeyCode.ESCAPE);

      AppDriver.waitFor("the conversation back", () -> visible("#messages"));
      assertThat(visible("#thread-panel")).isFalse();
    } finally {
      app.robot().interact(() -> app.stage().setWidth(width));
    }
  }

  private boolean shown(String query) {
    return app.exists(query) && visible(query);
  }

  private boolean pendingInThread() {
    return app.<ChatLine>list("#thread-messages").getItems().stream()
        .anyMatch(l -> l.kind() == ChatLine.Kind.PENDING);
  }

  /** Whether the node {@code query} finds and every parent it has are visible. */
  private boolean visible(String query) {
    for (Node at = app.robot().lookup(query).query(); at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private Message bobSays(String text) {
    return bob.say(lobby, text);
  }

  private Message bobReplies(Message root, String text) {
    return bob.reply(root, text);
  }

  /** Opens the thread of the root {@code content} from its context menu. */
  private void replyInThread(String content) {
    AppDriver.waitFor(content, () -> app.messages().cellShowing(content) != null);
    app.messages().openMenuOn(content);
    app.robot().clickOn("Reply in thread");
    AppDriver.waitFor("the thread", () -> threadContents().contains(content));
  }

  /** The message {@code text} as bob received it. */
  private Message bobGot(String text) {
    return bob.await(
        f -> f instanceof MessageNew m && m.message().content().equals(text) ? m.message() : null);
  }

  private List<String> roomContents() {
    return app.messages().contents("#messages");
  }

  private List<String> threadContents() {
    return app.messages().contents("#thread-messages");
  }

  /** The thread panel's rows of messages (the root first), tombstones included. */
  private List<ChatLine> threadLines() {
    return app.<ChatLine>list("#thread-messages").getItems().stream()
        .filter(l -> l.kind() == ChatLine.Kind.MESSAGE)
        .toList();
  }

  private ChatLine threadLine(String content) {
    return threadLines().stream()
        .filter(l -> l.content().equals(content))
        .findFirst()
        .orElseThrow();
  }

  private ChatLine roomLine(String content) {
    return app.<ChatLine>list("#messages").getItems().stream()
        .filter(l -> l.content().equals(content))
        .findFirst()
        .orElseThrow();
  }

  /** "2 replies" under the root {@code content}, or empty while it shows no summary. */
  private String summaryOf(String content) {
    return app.messages().textInRow(content, ".thread-count");
  }
}
