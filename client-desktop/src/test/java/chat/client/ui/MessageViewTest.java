package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.MessageLink;
import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.ui.chat.ChatLine;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomLeave;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import chat.protocol.server.MessageNew;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the conversation reads: long messages, selecting and copying, where a room opens. */
class MessageViewTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void aLongMessageWrapsAndItsTextCanBeSelectedAndCopied() {
    Room lobby = room("lobby");
    both.app().openRoom("lobby");
    String text = "All work and no play makes a long message. ".repeat(47).substring(0, 2000);

    say(lobby, text);

    AppDriver.waitFor("the long message", () -> both.app().messages().cellShowing(text) != null);
    AtomicReference<Bounds> body = new AtomicReference<>();
    both.app()
        .robot()
        .interact(
            () ->
                body.set(
                    both.app()
                        .messages()
                        .cellShowing(text)
                        .lookup(".message-text")
                        .getBoundsInLocal()));
    Bounds bounds = body.get();
    double listWidth = both.app().list("#messages").getWidth();
    assertThat(bounds.getHeight()).as("wrapped over many lines").isGreaterThan(100);
    assertThat(bounds.getWidth()).as("within the list").isLessThan(listWidth);
    assertThat(both.app().messages().cellShowing(text).lookupAll(".label").stream())
        .noneMatch(n -> n instanceof Labeled l && l.getText().endsWith("…"));

    both.app().robot().clickOn(both.app().messages().cellShowing(text).lookup(".message-text"));
    both.app()
        .robot()
        .press(KeyCode.CONTROL)
        .type(KeyCode.A)
        .type(KeyCode.C)
        .release(KeyCode.CONTROL);

    assertThat(clipboard()).isEqualTo(text);
  }

  @Test
  void aRoomOpensAtItsFirstUnreadAndFollowsANewMessage() {
    Room lobby = room("lobby");
    room("other");
    both.app().openRoom("lobby");
    for (int i = 1; i <= 20; i++) {
      say(lobby, "seen " + i);
    }
    AppDriver.waitFor("the read messages", () -> contents().contains("seen 20"));
    both.app().openRoom("other");
    for (int i = 1; i <= 30; i++) {
      say(lobby, "unread " + i);
    }
    AppDriver.waitFor("the unread messages", () -> both.app().title().startsWith("(30) "));

    both.app().openRoom("lobby");

    AppDriver.waitFor(
        "the New messages line on screen",
        () -> both.app().messages().onScreenInMessages("New messages"));
    assertThat(rowAfterNewMessages()).isEqualTo("unread 1");
    assertThat(both.app().messages().onScreenInMessages("unread 30"))
        .as("the newest is below")
        .isFalse();

    say(lobby, "while reading");
    AppDriver.waitFor("the ↓ 1 new button", () -> both.app().text("#new-below").equals("↓ 1 new"));
    assertThat(both.app().messages().onScreenInMessages("while reading")).isFalse();

    both.app().click("#new-below");
    AppDriver.waitFor(
        "the newest on screen", () -> both.app().messages().onScreenInMessages("while reading"));
    AppDriver.waitFor(
        "the button gone", () -> !both.app().robot().lookup("#new-below").query().isVisible());

    say(lobby, "followed");
    AppDriver.waitFor(
        "the view follows at the bottom",
        () -> both.app().messages().onScreenInMessages("followed"));
    assertThat(both.app().robot().lookup("#new-below").query().isVisible()).isFalse();
  }

  @Test
  void ourMessageSentFromAnotherDeviceIsFollowedAtTheBottom() {
    Room lobby = room("lobby");
    both.app().openRoom("lobby");
    for (int i = 1; i <= 20; i++) {
      say(lobby, "before " + i);
    }
    AppDriver.waitFor(
        "the view at the bottom", () -> both.app().messages().onScreenInMessages("before 20"));

    try (Peer aliceElsewhere = Peer.login(both.server(), "alice")) {
      aliceElsewhere.request(
          id -> new MessageSend(id, lobby.roomId(), "from my phone", "p-1"), MessageResult.class);
    }
    AppDriver.waitFor(
        "ours from elsewhere on screen",
        () -> both.app().messages().onScreenInMessages("from my phone"));
    say(lobby, "and then bob");

    AppDriver.waitFor(
        "still followed", () -> both.app().messages().onScreenInMessages("and then bob"));
    assertThat(both.app().robot().lookup("#new-below").query().isVisible()).isFalse();
  }

  @Test
  void aFailedMessageShowsRetryAndRetrySendsIt() {
    Room lobby = room("lobby");
    try (Peer aliceElsewhere = Peer.login(both.server(), "alice")) {
      aliceElsewhere.request(id -> new RoomLeave(id, lobby.roomId()), Object.class);

      both.app().say("are you there?");

      AppDriver.waitFor("the refusal", () -> kindOf("are you there?") == ChatLine.Kind.FAILED);
      AppDriver.waitFor("Not sent shown", () -> stateOf("are you there?").startsWith("Not sent: "));
      assertThat(both.app().messages().cellShowing("are you there?").lookup(".retry").isVisible())
          .isTrue();
      aliceElsewhere.request(id -> new RoomJoin(id, lobby.roomId()), RoomResult.class);
    }

    both.app()
        .robot()
        .clickOn(both.app().messages().cellShowing("are you there?").lookup(".retry"));

    AppDriver.waitFor("sent", () -> kindOf("are you there?") == ChatLine.Kind.MESSAGE);
    AppDriver.waitFor("✓ Sent shown", () -> stateOf("are you there?").equals("✓ Sent"));
    assertThat(contents()).containsOnlyOnce("are you there?");
    both.bob()
        .await(
            f ->
                f instanceof MessageNew m && m.message().content().equals("are you there?")
                    ? m
                    : null);
  }

  @Test
  void theMessageMenuCopiesTheMessageAndTheAddressInItAndSelectsAll() {
    Room lobby = room("lobby");
    String text = "The notes are at https://example.com/notes?id=7 since Monday";
    say(lobby, text);
    say(lobby, "no link in this one");
    AppDriver.waitFor(
        "the messages", () -> both.app().messages().cellShowing("no link in this one") != null);

    menuOn("no link in this one");
    assertThat(both.app().exists("Copy address")).as("no Copy address without one").isFalse();
    both.app().robot().type(KeyCode.ESCAPE);

    menuOn(text);
    both.app().robot().clickOn("Copy address");
    assertThat(clipboard()).isEqualTo("https://example.com/notes?id=7");

    menuOn(text);
    both.app().robot().clickOn("Select all");
    Path selection = (Path) both.app().messages().cellShowing(text).lookup(".selection");
    assertThat(selection.getElements()).as("the whole text highlighted").isNotEmpty();

    menuOn(text);
    both.app().robot().clickOn("Copy");
    assertThat(clipboard()).isEqualTo(text);
  }

  @Test
  void everyMessagesMenuCopiesALinkToTheMessage() {
    Room lobby = room("lobby");
    Message plain = say(lobby, "no address in this one");
    AppDriver.waitFor(
        "the message", () -> both.app().messages().cellShowing("no address in this one") != null);

    menuOn("no address in this one");
    both.app().click("#message-copy-link");

    MessageLink link = MessageLink.parse(clipboard());
    assertThat(link.roomId()).isEqualTo(lobby.roomId());
    assertThat(link.messageId()).isEqualTo(plain.messageId());
    assertThat(both.app().text("#signed-in-as")).endsWith(" on " + link.hostPort());
  }

  @Test
  void aCopiedLinkOpenedWithJoinByLinkJumpsToTheMessage() {
    Room lobby = room("lobby");
    say(lobby, "the message linked to");
    AppDriver.waitFor(
        "the message", () -> both.app().messages().cellShowing("the message linked to") != null);
    menuOn("the message linked to");
    both.app().click("#message-copy-link");
    String link = clipboard();
    room("other");
    // More than a page later, and the app started again: the message is nowhere in the app.
    both.app().close();
    for (int i = 1; i <= 60; i++) {
      say(lobby, "later " + i);
    }
    both.launchAppAgain();
    both.app().fill("#address", both.server().address());
    both.app().click("#connect");
    AppDriver.waitFor("alice's window again", () -> both.app().exists("#join-by-link"));
    both.app().openRoom("other");

    both.app().click("#join-by-link");
    both.app().fill("#invite-join-link", link);
    both.app().click("#invite-join");

    AppDriver.waitFor(
        "the message linked to, in view in its room",
        () ->
            both.app().text("#room-title").equals("lobby")
                && both.app().messages().onScreenInMessages("the message linked to"));
    assertThat(both.app().exists("#invite-join-link")).as("the panel closed").isFalse();
  }

  private void menuOn(String content) {
    both.app().messages().openMenuOn(content);
  }

  private String clipboard() {
    AtomicReference<String> copied = new AtomicReference<>();
    both.app().robot().interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
    return copied.get();
  }

  /** The kind of the newest row showing {@code content}, or null when none does. */
  private ChatLine.Kind kindOf(String content) {
    return both.app().<ChatLine>list("#messages").getItems().reversed().stream()
        .filter(line -> line.content().equals(content))
        .map(ChatLine::kind)
        .findFirst()
        .orElse(null);
  }

  /**
   * What the footer of our message showing {@code content} says about it. Wait for it: the list's
   * cell takes a changed row on the layout pulse after the model has it.
   */
  private String stateOf(String content) {
    ListCell<?> cell = both.app().messages().cellShowing(content);
    return cell == null ? "" : ((Labeled) cell.lookup(".state")).getText();
  }

  private Room room(String name) {
    Room room =
        both.bob()
            .request(id -> new RoomCreate(id, name, RoomVisibility.PUBLIC, null), RoomResult.class)
            .room();
    joinInApp(name);
    return room;
  }

  private void joinInApp(String name) {
    both.app().click("#browse");
    both.app().fill("#browse-query", name);
    AppDriver.waitFor(
        "the directory", () -> both.app().list("#browse-results").getItems().size() == 1);
    both.app()
        .robot()
        .interact(() -> both.app().<Room>list("#browse-results").getSelectionModel().selectFirst());
    both.app().click("#join");
    AppDriver.waitFor("room " + name, () -> both.app().text("#room-title").equals(name));
  }

  private Message say(Room room, String text) {
    return both.bob()
        .request(
            id -> new MessageSend(id, room.roomId(), text, "b-" + System.nanoTime()),
            MessageResult.class)
        .message();
  }

  /** The contents of the open room. */
  private List<String> contents() {
    return both.app().<ChatLine>list("#messages").getItems().stream()
        .map(ChatLine::content)
        .toList();
  }

  private String rowAfterNewMessages() {
    List<String> rows = contents();
    return rows.get(rows.indexOf("New messages") + 1);
  }
}
