package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.ui.chat.ChatLine;
import chat.client.ui.rooms.SidebarRow;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import chat.protocol.result.RoomsResult;
import chat.protocol.server.MessageNew;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rooms and messages between the app and a second client, through a real server. */
class RoomsAndChatTest {

  @TempDir Path dir;
  private LiveServer server;
  private AppDriver app;
  private Peer bob;

  @BeforeEach
  void start() {
    server = LiveServer.start(dir.resolve("server"));
    bob = Peer.register(server, "bob");
    app = AppDriver.launch(dir.resolve("app"));
    app.connect(server.address());
    app.registerAndWait("alice");
  }

  @AfterEach
  void stop() {
    app.close();
    bob.close();
    server.close();
  }

  @Test
  void createsARoomThatOthersCanJoin() {
    app.click("#new-room");
    app.fill("#room-name", "design");
    app.click("#create-room");

    AppDriver.waitFor("the room is open", () -> app.text("#room-title").equals("design"));
    assertThat(roomNames()).contains("design");
    List<Room> directory =
        bob.request(id -> new chat.protocol.client.RoomDirectory(id, "design"), RoomsResult.class)
            .rooms();
    assertThat(directory).extracting(Room::name).containsExactly("design");
  }

  @Test
  void browsesAndJoinsAPublicRoom() {
    bob.request(id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class);

    app.click("#browse");
    app.fill("#browse-query", "lob");
    AppDriver.waitFor("the directory", () -> app.list("#browse-results").getItems().size() == 1);
    app.robot().clickOn("lobby  ·  1 member");
    app.click("#join");

    AppDriver.waitFor("the room is open", () -> app.text("#room-title").equals("lobby"));
    assertThat(roomNames()).contains("lobby");
  }

  @Test
  void sendsAndReceivesWithASecondClient() {
    Room room =
        bob.request(
                id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class)
            .room();
    app.join("lobby");

    app.say("hello bob");
    String received =
        bob.await(
            f ->
                f instanceof MessageNew m && m.message().content().equals("hello bob")
                    ? m.message().senderName()
                    : null);
    assertThat(received).isEqualTo("alice");

    bob.request(id -> new MessageSend(id, room.roomId(), "hi alice", "b-1"), MessageResult.class);
    AppDriver.waitFor("bob's reply", () -> contents().contains("hi alice"));
    assertThat(contents()).containsSubsequence("hello bob", "hi alice");
    assertThat(app.text("#composer")).isEmpty();
  }

  @Test
  void aMessageInARoomNotOnScreenShowsAnUnreadBadgeAndInTheTitle() {
    Room lobby =
        bob.request(
                id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class)
            .room();
    Room other =
        bob.request(
                id -> new RoomCreate(id, "other", RoomVisibility.PUBLIC, null), RoomResult.class)
            .room();
    app.join("lobby");
    app.join("other");

    bob.request(id -> new MessageSend(id, lobby.roomId(), "one", "b-1"), MessageResult.class);
    bob.request(id -> new MessageSend(id, lobby.roomId(), "two", "b-2"), MessageResult.class);

    AppDriver.waitFor("the badge", () -> unread("lobby") == 2);
    assertThat(unread("other")).isZero();
    assertThat(app.title()).startsWith("(2) ");

    app.openRoom("lobby");
    AppDriver.waitFor("the badge clears", () -> unread("lobby") == 0);
    assertThat(app.title()).doesNotStartWith("(");
    assertThat(contents()).containsSubsequence("one", "two");
  }

  @Test
  void enterSendsAndShiftEnterAddsALine() {
    bob.request(id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class);
    app.join("lobby");

    app.click("#composer");
    app.robot().write("first line");
    app.robot().press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
    app.robot().write("second line");
    assertThat(app.text("#composer")).isEqualTo("first line\nsecond line");
    app.robot().type(KeyCode.ENTER);

    AppDriver.waitFor("the message", () -> contents().contains("first line\nsecond line"));
  }

  @Test
  void tabLeavesTheComposer() {
    bob.request(id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class);
    app.join("lobby");
    app.click("#composer");
    app.robot().write("draft");
    assertThat(showsFocusRing(node("#composer"))).as("focus from a click").isFalse();

    app.robot().type(KeyCode.TAB);

    assertThat(focusOwner()).isSameAs(node("#send"));
    assertThat(app.text("#composer")).isEqualTo("draft");
    assertThat(showsFocusRing(node("#send"))).isTrue();

    shiftTab();

    assertThat(focusOwner()).isSameAs(node("#composer"));
    assertThat(showsFocusRing(node("#composer"))).isTrue();

    shiftTab();

    assertThat(focusOwner()).isSameAs(node("#messages"));
    assertThat(app.text("#composer")).as("no tab typed").isEqualTo("draft");
    assertThat(showsFocusRing(node("#messages"))).isTrue();

    app.click("#theme");
    app.click("#composer");
    app.robot().type(KeyCode.TAB);

    assertThat(focusOwner()).isSameAs(node("#send"));
    assertThat(showsFocusRing(node("#send"))).as("in the dark theme").isTrue();
  }

  @Test
  void startsADirectConversationFromAUserSearch() {
    app.click("#new-direct");
    app.fill("#people-query", "bo");
    AppDriver.waitFor(
        "bob in the results", () -> app.list("#people-results").getItems().size() == 1);
    app.robot().interact(() -> app.list("#people-results").getSelectionModel().selectFirst());
    app.click("#open-direct");

    AppDriver.waitFor("the conversation", () -> app.text("#room-title").equals("bob"));
    app.say("a private word");
    String got =
        bob.await(
            f ->
                f instanceof MessageNew m && m.message().content().equals("a private word")
                    ? m.message().roomId()
                    : null);
    assertThat(got).isNotNull();
  }

  @Test
  void ctrlKJumpsToARoomAndEscapeClosesPanels() {
    bob.request(id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class);
    bob.request(id -> new RoomCreate(id, "release", RoomVisibility.PUBLIC, null), RoomResult.class);
    app.join("lobby");
    app.join("release");

    app.robot().press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
    AppDriver.waitFor("the switcher", () -> app.exists("#jump-query"));
    app.robot().write("lob");
    app.robot().type(KeyCode.ENTER);
    AppDriver.waitFor("lobby", () -> app.text("#room-title").equals("lobby"));

    app.click("#browse");
    AppDriver.waitFor("the panel", () -> app.exists("#browse-query"));
    app.robot().type(KeyCode.ESCAPE);
    AppDriver.waitFor("the panel closes", () -> !app.exists("#browse-query"));
  }

  private Node focusOwner() {
    return app.stage().getScene().getFocusOwner();
  }

  private Node node(String query) {
    return app.robot().lookup(query).query();
  }

  private void shiftTab() {
    app.robot().press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
  }

  /** Focus moved by the keyboard, drawn as the theme's accent border around the control. */
  private static boolean showsFocusRing(Node node) {
    return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass("focus-visible"))
        && node instanceof Region region
        && region.getBorder() != null
        && region.getBorder().getStrokes().stream().anyMatch(s -> s.getWidths().getTop() == 2);
  }

  private List<String> roomNames() {
    return app.<SidebarRow>list("#rooms").getItems().stream()
        .flatMap(r -> r instanceof SidebarRow.Entry e ? Stream.of(e.room().name()) : Stream.empty())
        .toList();
  }

  private int unread(String name) {
    return app.<SidebarRow>list("#rooms").getItems().stream()
        .flatMap(r -> r instanceof SidebarRow.Entry e ? Stream.of(e.room()) : Stream.empty())
        .filter(r -> r.name().equals(name))
        .mapToInt(r -> r.unreadProperty().get())
        .findFirst()
        .orElseThrow();
  }

  private List<String> contents() {
    return app.<ChatLine>list("#messages").getItems().stream()
        .filter(l -> l.kind() == ChatLine.Kind.MESSAGE)
        .map(ChatLine::content)
        .toList();
  }
}
