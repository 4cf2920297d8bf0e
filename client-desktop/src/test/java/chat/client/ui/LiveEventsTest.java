package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.support.TimingSensitive;
import chat.protocol.client.Read;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.Typing;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import chat.protocol.result.RoomResult;
import chat.protocol.server.MessageNew;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a second client does shows in the app as it happens, through a real server. */
@TimingSensitive
class LiveEventsTest {

  private static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);

  @TempDir Path dir;
  private LiveServer server;
  private AppDriver app;
  private Peer bob;
  private Room lobby;

  @BeforeEach
  void start() {
    server = LiveServer.startWith(dir.resolve("server"), Map.of("PRESENCE_GRACE_MS", "300"));
    bob = Peer.register(server, "bob");
    lobby =
        bob.request(
                id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class)
            .room();
    app = AppDriver.launch(dir.resolve("app"));
    app.connect(server.address());
    app.registerAndWait("alice");
    app.join("lobby");
  }

  @AfterEach
  void stop() {
    app.close();
    bob.close();
    server.close();
  }

  @Test
  void typingFromTheSecondClientShowsWithinOneSecondAndClears() {
    bob.request(id -> new Typing(id, lobby.roomId(), true), Object.class);
    AppDriver.waitFor(
        "bob typing", WITHIN_A_SECOND, () -> app.text("#typing").equals("bob is typing…"));
    assertThat(app.robot().lookup("#typing").query().isVisible()).isTrue();

    bob.request(id -> new Typing(id, lobby.roomId(), false), Object.class);
    AppDriver.waitFor("bob stopped", WITHIN_A_SECOND, () -> app.text("#typing").isEmpty());
  }

  @Test
  void aPresenceDotTurnsOfflineAfterTheSecondClientDisconnects() {
    app.click("#members-toggle");
    AppDriver.waitFor("bob online", () -> statusOf("bob") == UserStatus.ONLINE);
    // The members list's cell draws the dot on the layout pulse after the model changes.
    AppDriver.waitFor("an online dot", () -> app.exists("#members .presence-online"));

    bob.close();

    // the server's grace (300 ms here) and then at most a second
    AppDriver.waitFor(
        "bob offline", Duration.ofMillis(1300), () -> statusOf("bob") == UserStatus.OFFLINE);
    AppDriver.waitFor("an offline dot", () -> app.exists("#members .presence-offline"));
  }

  @Test
  void aDirectChatsPresenceDotTurnsOfflineWithinASecondAfterTheOtherPersonDisconnects() {
    app.openDirectWith("bo", "bob");
    AppDriver.waitFor("bob's online dot", () -> visible("#rooms .presence-online"));

    bob.close();

    // the server's grace (300 ms here) and then at most a second
    AppDriver.waitFor(
        "bob's offline dot", Duration.ofMillis(1300), () -> visible("#rooms .presence-offline"));
    assertThat(visible("#rooms .presence-online")).isFalse();
  }

  @Test
  void seenByAppearsAfterTheSecondClientReads() {
    String messageId = sayAndAwaitAtBob("hello bob");
    assertThat(seenUnder("hello bob")).isEmpty();

    bob.request(id -> new Read(id, lobby.roomId(), messageId), Object.class);

    AppDriver.waitFor(
        "seen by bob under the message read",
        WITHIN_A_SECOND,
        () -> seenUnder("hello bob").equals("Seen by bob"));
    AppDriver.waitFor(
        "the newest row's line kept in view at the bottom",
        () -> app.messages().onScreenInMessages("hello bob", ".seen-by"));
  }

  @Test
  void seenByIsUnderTheOlderMessageReadNotTheNewest() {
    String older = sayAndAwaitAtBob("the older one");
    sayAndAwaitAtBob("the newest one");

    bob.request(id -> new Read(id, lobby.roomId(), older), Object.class);

    AppDriver.waitFor(
        "seen by bob under the older one", () -> seenUnder("the older one").equals("Seen by bob"));
    assertThat(seenUnder("the newest one")).isEmpty();
  }

  @Test
  void seenByShowsAfterARestartWhatWasReadWhileTheAppWasClosed() {
    String messageId = sayAndAwaitAtBob("hello bob");
    app.close();
    bob.request(id -> new Read(id, lobby.roomId(), messageId), Object.class);

    app = AppDriver.launch(dir.resolve("app"));
    app.fill("#address", server.address());
    app.click("#connect");
    app.openRoom("lobby");

    AppDriver.waitFor(
        "seen by bob, read before the app started",
        () -> seenUnder("hello bob").equals("Seen by bob"));
  }

  @Test
  void aDisplayNameChangeShowsAtOnceToOthers() {
    app.click("#members-toggle");
    // bob made the room: the list names him with his role.
    AppDriver.waitFor("bob listed", () -> memberLabels().contains("bob · owner"));

    bob.rename("Bob Brown");

    AppDriver.waitFor(
        "Bob Brown listed",
        Duration.ofSeconds(2),
        () ->
            memberLabels().contains("Bob Brown · owner")
                && !memberLabels().contains("bob · owner"));
  }

  private boolean visible(String query) {
    return app.robot().lookup(query).queryAll().stream().anyMatch(Node::isVisible);
  }

  /** The names the members panel shows, as its cells' labels. */
  private List<String> memberLabels() {
    return app.robot().lookup("#members .label").queryAllAs(Label.class).stream()
        .map(Label::getText)
        .toList();
  }

  private UserStatus statusOf(String username) {
    return app.<User>list("#members").getItems().stream()
        .filter(u -> u.username().equals(username))
        .map(User::status)
        .findFirst()
        .orElse(null);
  }

  /** The "seen by" line in the row of the message {@code content}, empty when it has none. */
  private String seenUnder(String content) {
    return app.messages().textInRow(content, ".seen-by");
  }

  /** Alice says {@code text} in the app; returns its id once bob has it. */
  private String sayAndAwaitAtBob(String text) {
    app.say(text);
    return bob.await(
        f ->
            f instanceof MessageNew m && m.message().content().equals(text)
                ? m.message().messageId()
                : null);
  }
}
