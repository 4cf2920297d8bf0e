package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.ui.moderation.RoomSettingsViewModel;
import chat.client.ui.rooms.SidebarRow;
import chat.protocol.client.MessageHistory;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomBan;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomKick;
import chat.protocol.client.RoomMembers;
import chat.protocol.client.RoomModeration;
import chat.protocol.client.RoomMute;
import chat.protocol.client.RoomRoleSet;
import chat.protocol.client.RoomSlowMode;
import chat.protocol.client.RoomTransfer;
import chat.protocol.model.MemberStanding;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomRole;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.User;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MembersResult;
import chat.protocol.result.MessageResult;
import chat.protocol.result.MessagesResult;
import chat.protocol.result.ModerationResult;
import chat.protocol.result.RoomResult;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bob owns "lobby" and moderates it; alice, in the app, is a plain member there. */
class ModerationTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();
  private LiveServer server;
  private AppDriver app;
  private Peer bob;
  private Room lobby;

  @BeforeEach
  void start() {
    server = both.server();
    app = both.app();
    bob = both.bob();
    lobby = bob.createRoom("lobby", RoomVisibility.PUBLIC, List.of());
    bob.createRoom("hall", RoomVisibility.PUBLIC, List.of());
    app.join("hall");
    app.join("lobby");
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

  @Test
  void theOwnerMakesAMemberAModeratorFromTheMemberMenu() {
    try (Peer carol = Peer.register(server, "carol")) {
      carol.request(id -> new RoomJoin(id, lobby.roomId()), RoomResult.class);
      bob.request(id -> new RoomTransfer(id, lobby.roomId(), aliceId()), EmptyResult.class);
      app.click("#members-toggle");
      AppDriver.waitFor(
          "alice the owner", () -> app.texts("#members .label").contains("alice · owner"));
      AppDriver.waitFor("carol's row", () -> memberRow("carol") != null);

      app.messages().requestMenu(memberRow("carol"));
      app.click("Make moderator");

      AppDriver.waitFor(
          "carol a moderator", () -> app.texts("#members .label").contains("carol · moderator"));
      assertThat(roleOf(carol.userId())).isEqualTo(RoomRole.MODERATOR);
    }
  }

  @Test
  void theOwnerMakesAModeratorAMemberAgainInRoomSettings() {
    bob.request(id -> new RoomTransfer(id, lobby.roomId(), aliceId()), EmptyResult.class);
    AppDriver.waitFor("the settings button", () -> app.exists("#room-settings"));
    AppDriver.waitFor(
        "the settings button shown", () -> app.lookup("#room-settings").query().isVisible());

    app.click("#room-settings");
    AppDriver.waitFor(
        "bob listed as a moderator", () -> row("#room-staff", isStaff("bob")) != null);
    assertThat(app.texts("#room-staff .list-cell")).startsWith("alice · owner", "bob · moderator");
    app.click(row("#room-staff", isStaff("bob")));
    app.click("#make-member");

    AppDriver.waitFor("bob no longer listed", () -> row("#room-staff", isStaff("bob")) == null);
    assertThat(roleOf(bob.userId())).isEqualTo(RoomRole.MEMBER);
  }

  private static Predicate<Object> isStaff(String name) {
    return item -> item instanceof RoomSettingsViewModel.Staff staff && staff.name().equals(name);
  }

  @Test
  void aModeratorLiftsABanInRoomSettings() {
    try (Peer carol = Peer.register(server, "carol")) {
      carol.request(id -> new RoomJoin(id, lobby.roomId()), RoomResult.class);
      bob.request(id -> new RoomBan(id, lobby.roomId(), carol.userId(), 3600L), EmptyResult.class);
      String alice = aliceId();
      bob.request(
          id -> new RoomRoleSet(id, lobby.roomId(), alice, RoomRole.MODERATOR), EmptyResult.class);
      app.click("#room-settings");
      AppDriver.waitFor("the ban", () -> app.list("#bans").getItems().size() == 1);

      app.click(row("#bans", ban -> true));
      app.click("#unban");

      AppDriver.waitFor("no ban listed", () -> app.list("#bans").getItems().isEmpty());
      assertThat(moderation().bans()).isEmpty();
    }
  }

  @Test
  void aModeratorDeletesAMembersMessageFromItsMenu() {
    try (Peer carol = Peer.register(server, "carol")) {
      carol.request(id -> new RoomJoin(id, lobby.roomId()), RoomResult.class);
      String alice = aliceId();
      bob.request(
          id -> new RoomRoleSet(id, lobby.roomId(), alice, RoomRole.MODERATOR), EmptyResult.class);
      AppDriver.waitFor("the settings button", () -> app.exists("#room-settings"));
      Message spam =
          carol
              .request(
                  id -> new MessageSend(id, lobby.roomId(), "buy my stuff", "c-1"),
                  MessageResult.class)
              .message();

      app.messages().openMenuOn("buy my stuff");
      app.click("#message-delete");
      AppDriver.waitFor("the question", () -> app.exists("#delete-question"));
      app.click("#confirm-delete");

      AppDriver.waitFor(
          "the message gone", () -> app.robot().lookup("buy my stuff").tryQuery().isEmpty());
      assertThat(
              bob.request(
                      id -> new MessageHistory(id, lobby.roomId(), null, null, 10),
                      MessagesResult.class)
                  .messages())
          .filteredOn(m -> m.messageId().equals(spam.messageId()))
          .singleElement()
          .satisfies(m -> assertThat(m.deleted()).isTrue());
    }
  }

  private ModerationResult moderation() {
    return bob.request(id -> new RoomModeration(id, lobby.roomId()), ModerationResult.class);
  }

  private RoomRole roleOf(String userId) {
    return moderation().members().stream()
        .filter(m -> m.userId().equals(userId))
        .map(MemberStanding::role)
        .findFirst()
        .orElseThrow();
  }

  /** The members panel's row of {@code username}, or null while none shows it. */
  private Node memberRow(String username) {
    return row("#members", item -> item instanceof User user && user.username().equals(username));
  }

  /** The shown row of the list {@code list} whose item {@code wanted} accepts, or null. */
  private Node row(String list, Predicate<Object> wanted) {
    return app.lookup(list + " .list-cell").queryAll().stream()
        .filter(
            n ->
                n instanceof ListCell<?> cell
                    && cell.isVisible()
                    && cell.getItem() != null
                    && wanted.test(cell.getItem()))
        .findFirst()
        .orElse(null);
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
