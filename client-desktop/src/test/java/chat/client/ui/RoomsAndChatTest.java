package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.FocusRing;
import chat.client.ui.chat.ChatLine;
import chat.client.ui.rooms.SidebarRow;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import chat.protocol.result.RoomsResult;
import chat.protocol.server.MessageNew;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rooms and messages between the app and a second client, through a real server. */
class RoomsAndChatTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void createsARoomThatOthersCanJoin() {
    both.app().click("#new-room");
    both.app().fill("#room-name", "design");
    both.app().click("#create-room");

    AppDriver.waitFor("the room is open", () -> both.app().text("#room-title").equals("design"));
    assertThat(roomNames()).contains("design");
    List<Room> directory =
        both.bob()
            .request(id -> new chat.protocol.client.RoomDirectory(id, "design"), RoomsResult.class)
            .rooms();
    assertThat(directory).extracting(Room::name).containsExactly("design");
  }

  @Test
  void browsesAndJoinsAPublicRoom() {
    both.bob()
        .request(id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class);

    both.app().click("#browse");
    both.app().fill("#browse-query", "lob");
    AppDriver.waitFor(
        "the directory", () -> both.app().list("#browse-results").getItems().size() == 1);
    both.app().robot().clickOn("lobby  ·  1 member");
    both.app().click("#join");

    AppDriver.waitFor("the room is open", () -> both.app().text("#room-title").equals("lobby"));
    assertThat(roomNames()).contains("lobby");
  }

  @Test
  void sendsAndReceivesWithASecondClient() {
    Room room =
        both.bob()
            .request(
                id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class)
            .room();
    both.app().join("lobby");

    both.app().say("hello bob");
    String received =
        both.bob()
            .await(
                f ->
                    f instanceof MessageNew m && m.message().content().equals("hello bob")
                        ? m.message().senderName()
                        : null);
    assertThat(received).isEqualTo("alice");

    both.bob()
        .request(id -> new MessageSend(id, room.roomId(), "hi alice", "b-1"), MessageResult.class);
    AppDriver.waitFor("bob's reply", () -> contents().contains("hi alice"));
    assertThat(contents()).containsSubsequence("hello bob", "hi alice");
    assertThat(both.app().text("#composer")).isEmpty();
  }

  @Test
  void aMessageInARoomNotOnScreenShowsAnUnreadBadgeAndInTheTitle() {
    Room lobby =
        both.bob()
            .request(
                id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class)
            .room();
    Room other =
        both.bob()
            .request(
                id -> new RoomCreate(id, "other", RoomVisibility.PUBLIC, null), RoomResult.class)
            .room();
    both.app().join("lobby");
    both.app().join("other");

    both.bob()
        .request(id -> new MessageSend(id, lobby.roomId(), "one", "b-1"), MessageResult.class);
    both.bob()
        .request(id -> new MessageSend(id, lobby.roomId(), "two", "b-2"), MessageResult.class);

    AppDriver.waitFor("the badge", () -> unread("lobby") == 2);
    assertThat(unread("other")).isZero();
    assertThat(both.app().title()).startsWith("(2) ");

    both.app().openRoom("lobby");
    AppDriver.waitFor("the badge clears", () -> unread("lobby") == 0);
    assertThat(both.app().title()).doesNotStartWith("(");
    assertThat(contents()).containsSubsequence("one", "two");
  }

  @Test
  void enterSendsAndShiftEnterAddsALine() {
    both.bob()
        .request(id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class);
    both.app().join("lobby");

    both.app().click("#composer");
    both.app().robot().write("first line");
    both.app().robot().press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
    both.app().robot().write("second line");
    assertThat(both.app().text("#composer")).isEqualTo("first line\nsecond line");
    both.app().robot().type(KeyCode.ENTER);

    AppDriver.waitFor("the message", () -> contents().contains("first line\nsecond line"));
  }

  @Test
  void tabLeavesTheComposer() {
    both.bob()
        .request(id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class);
    both.app().join("lobby");
    both.app().click("#composer");
    both.app().robot().write("draft");
    assertThat(FocusRing.shownOn(both.app(), node("#composer"))).as("focus from a click").isFalse();

    both.app().robot().type(KeyCode.TAB);

    assertThat(focusOwner()).isSameAs(node("#send"));
    assertThat(both.app().text("#composer")).isEqualTo("draft");
    FocusRing.awaitOn(both.app(), node("#send"), "send");

    shiftTab();

    assertThat(focusOwner()).isSameAs(node("#composer"));
    FocusRing.awaitOn(both.app(), node("#composer"), "the composer");

    shiftTab();

    assertThat(focusOwner()).isSameAs(node("#messages"));
    assertThat(both.app().text("#composer")).as("no tab typed").isEqualTo("draft");
    FocusRing.awaitOn(both.app(), node("#messages"), "the messages");

    both.app().chooseTheme("#theme-dark");
    both.app().click("#composer");
    both.app().robot().type(KeyCode.TAB);

    assertThat(focusOwner()).isSameAs(node("#send"));
    FocusRing.awaitOn(both.app(), node("#send"), "send in the dark theme");
  }

  @Test
  void startsAnEncryptedDirectConversationFromAUserSearch() {
    both.app().openDirectWith("bo", "bob");
    both.app().say("a private word");
    // Bob's client here keeps no keys: it gets the ciphertext, as the server does.
    Message got =
        both.bob()
            .await(
                f ->
                    f instanceof MessageNew m && m.message().senderName().equals("alice")
                        ? m.message()
                        : null);
    assertThat(got.content()).isEmpty();
    assertThat(got.encrypted()).isNotNull();
  }

  @Test
  void ctrlKJumpsToARoomAndEscapeClosesPanels() {
    both.bob()
        .request(id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class);
    both.bob()
        .request(
            id -> new RoomCreate(id, "release", RoomVisibility.PUBLIC, null), RoomResult.class);
    both.app().join("lobby");
    both.app().join("release");

    both.app().robot().press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
    AppDriver.waitFor("the switcher", () -> both.app().exists("#jump-query"));
    both.app().robot().write("lob");
    both.app().robot().type(KeyCode.ENTER);
    AppDriver.waitFor("lobby", () -> both.app().text("#room-title").equals("lobby"));

    both.app().click("#browse");
    AppDriver.waitFor("the panel", () -> both.app().exists("#browse-query"));
    both.app().robot().type(KeyCode.ESCAPE);
    AppDriver.waitFor("the panel closes", () -> !both.app().exists("#browse-query"));
  }

  private Node focusOwner() {
    return both.app().stage().getScene().getFocusOwner();
  }

  private Node node(String query) {
    return both.app().robot().lookup(query).query();
  }

  private void shiftTab() {
    both.app().robot().press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
  }

  private List<String> roomNames() {
    return both.app().<SidebarRow>list("#rooms").getItems().stream()
        .flatMap(r -> r instanceof SidebarRow.Entry e ? Stream.of(e.room().name()) : Stream.empty())
        .toList();
  }

  private int unread(String name) {
    return both.app().<SidebarRow>list("#rooms").getItems().stream()
        .flatMap(r -> r instanceof SidebarRow.Entry e ? Stream.of(e.room()) : Stream.empty())
        .filter(r -> r.name().equals(name))
        .mapToInt(r -> r.unreadProperty().get())
        .findFirst()
        .orElseThrow();
  }

  private List<String> contents() {
    return both.app().<ChatLine>list("#messages").getItems().stream()
        .filter(l -> l.kind() == ChatLine.Kind.MESSAGE)
        .map(ChatLine::content)
        .toList();
  }
}
