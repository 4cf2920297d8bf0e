package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.ui.rooms.SidebarRow;
import chat.protocol.client.RoomKick;
import chat.protocol.client.RoomMembers;
import chat.protocol.client.RoomModeration;
import chat.protocol.client.RoomMute;
import chat.protocol.client.RoomRoleSet;
import chat.protocol.client.RoomSlowMode;
import chat.protocol.model.Room;
import chat.protocol.model.RoomRole;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MembersResult;
import chat.protocol.result.ModerationResult;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bob owns "lobby" and moderates it; alice, in the app, is a plain member there. */
class ModerationTest {

  @TempDir Path dir;
  private LiveServer server;
  private AppDriver app;
  private Peer bob;
  private Room lobby;

  @BeforeEach
  void start() {
    server = LiveServer.start(dir.resolve("server"));
    bob = Peer.register(server, "bob");
    lobby = bob.createRoom("lobby", RoomVisibility.PUBLIC, List.of());
    bob.createRoom("hall", RoomVisibility.PUBLIC, List.of());
    app = AppDriver.launch(dir.resolve("app"));
    app.connect(server.address());
    app.registerAndWait("alice");
    app.join("hall");
    app.join("lobby");
  }

  @AfterEach
  void stop() {
    app.close();
    bob.close();
    server.close();
  }

  @Test
  void aMemberKickedByAModeratorLosesTheRoomFromTheSidebar() {
    String alice = aliceId();
    bob.request(id -> new RoomKick(id, lobby.roomId(), alice), EmptyResult.class);

    AppDriver.waitFor("lobby gone", () -> !inSidebar("lobby"));
    assertThat(inSidebar("hall")).isTrue();
    AppDriver.waitFor("the notice", () -> app.text("#chat-notice").startsWith("You were removed"));
    assertThat(app.text("#chat-notice"))
        .matches("You were removed from #lobby by (bob|a moderator)");
    assertThat(app.text("#room-title")).isEqualTo("hall");
  }

  @Test
  void aMutedMembersComposerSaysUntilWhen() {
    String alice = aliceId();
    bob.request(id -> new RoomMute(id, lobby.roomId(), alice, 600), EmptyResult.class);

    AppDriver.waitFor(
        "the muted line", () -> app.text("#moderation-notice").startsWith("You are muted until "));
  }

  @Test
  void underSlowModeASecondQuickSendShowsTheWait() {
    bob.request(id -> new RoomSlowMode(id, lobby.roomId(), 30), EmptyResult.class);
    AppDriver.waitFor(
        "the slow-mode line",
        () -> app.text("#moderation-notice").equals("Slow mode: one message every 30 s"));

    app.say("first");
    app.say("second");

    AppDriver.waitFor(
        "the wait", () -> app.text("#moderation-notice").matches("You can send again in \\d+ s"));
  }

  @Test
  void aModeratorSetsSlowModeInRoomSettings() {
    String alice = aliceId();
    bob.request(
        id -> new RoomRoleSet(id, lobby.roomId(), alice, RoomRole.MODERATOR), EmptyResult.class);
    AppDriver.waitFor("the settings button", () -> app.exists("#room-settings"));
    AppDriver.waitFor(
        "the settings button shown", () -> app.lookup("#room-settings").query().isVisible());

    app.click("#room-settings");
    AppDriver.waitFor("the settings", () -> app.exists("#slow-mode"));
    ComboBox<Integer> slowMode = app.lookup("#slow-mode").query();
    app.robot().interact(() -> slowMode.setValue(30));

    AppDriver.waitFor(
        "the slow-mode line",
        () -> app.text("#moderation-notice").equals("Slow mode: one message every 30 s"));
    assertThat(
            bob.request(id -> new RoomModeration(id, lobby.roomId()), ModerationResult.class)
                .slowModeSeconds())
        .isEqualTo(30);
  }

  private String aliceId() {
    return bob
        .request(id -> new RoomMembers(id, lobby.roomId()), MembersResult.class)
        .members()
        .stream()
        .filter(u -> u.username().equals("alice"))
        .findFirst()
        .orElseThrow()
        .userId();
  }

  private boolean inSidebar(String name) {
    return app.<SidebarRow>list("#rooms").getItems().stream()
        .anyMatch(row -> row instanceof SidebarRow.Entry entry && entry.room().name().equals(name));
  }
}
