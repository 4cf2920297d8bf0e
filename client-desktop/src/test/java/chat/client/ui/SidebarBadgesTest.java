package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.protocol.client.DmOpen;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sidebar follows what a second client does: mentions of the user, and presence. */
class SidebarBadgesTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void aMentionShowsAMentionBadge() {
    Room lobby =
        both.bob()
            .request(
                id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class)
            .room();
    both.bob()
        .request(id -> new RoomCreate(id, "random", RoomVisibility.PUBLIC, null), RoomResult.class);
    both.app().join("lobby");
    both.app().join("random");

    NotificationsTest.say(both.bob(), lobby, "no mention here");
    NotificationsTest.say(both.bob(), lobby, "@alice can you look?");

    AppDriver.waitFor("a mention badge", () -> "@1".equals(mentionBadge()));
    assertThat(both.app().robot().lookup("#rooms .badge").queryAs(Label.class).getText())
        .isEqualTo("2");

    both.app().openRoom("lobby");

    AppDriver.waitFor("the badge cleared", () -> mentionBadge() == null);
  }

  @Test
  void theSidebarShowsTheMentionCountFromTheServerAfterReconnecting() {
    bobsRoom("alpha");
    Room design = bobsRoom("design");
    both.app().join("design");
    both.app().join("alpha");
    both.app().close();

    NotificationsTest.say(both.bob(), design, "@alice the mockups are in");
    NotificationsTest.say(both.bob(), design, "no mention here");
    NotificationsTest.say(both.bob(), design, "@room review on Friday");
    NotificationsTest.say(both.bob(), design, "run `@alice deploy` to see it");
    both.launchAppAgain();
    both.app().fill("#address", both.server().address());
    both.app().click("#connect");
    AppDriver.waitFor("alice's window again", () -> both.app().exists("#rooms"));

    AppDriver.waitFor(
        "the server's mention and unread counts",
        () -> "@2".equals(mentionBadge()) && "4".equals(unreadBadge()));

    NotificationsTest.say(both.bob(), design, "@alice and one more");

    AppDriver.waitFor("counted on live", () -> "@3".equals(mentionBadge()));
    both.app().openRoom("design");
    AppDriver.waitFor("the badge cleared", () -> mentionBadge() == null);
  }

  @Test
  void aDirectChatShowsTheOtherPersonsPresence() {
    both.app().openDirectWith("bo", "bob");

    AppDriver.waitFor("bob's online dot", () -> visible("#rooms .presence-online"));

    both.bob().close();

    // the server's 4 s grace, then the event
    AppDriver.waitFor("bob's offline dot", () -> visible("#rooms .presence-offline"));
    assertThat(visible("#rooms .presence-online")).isFalse();
  }

  @Test
  void aDirectChatOpenedByTheOtherPersonShowsTheirPresence() {
    String aliceId; // from a second sign-in of hers: the app does not show it
    try (Peer alice = Peer.login(both.server(), "alice")) {
      aliceId = alice.userId();
    }
    Room direct = both.bob().request(id -> new DmOpen(id, aliceId), RoomResult.class).room();
    NotificationsTest.say(both.bob(), direct, "Can you review my pull request?");

    AppDriver.waitFor("bob's online dot", () -> visible("#rooms .presence-online"));
  }

  private Room bobsRoom(String name) {
    return both.bob()
        .request(id -> new RoomCreate(id, name, RoomVisibility.PUBLIC, null), RoomResult.class)
        .room();
  }

  private String unreadBadge() {
    return both.app().robot().lookup("#rooms .badge").queryAll().stream()
        .filter(Node::isVisible)
        .map(n -> ((Label) n).getText())
        .findFirst()
        .orElse(null);
  }

  private String mentionBadge() {
    return both.app().robot().lookup("#rooms .mention-badge").queryAll().stream()
        .filter(Node::isVisible)
        .map(n -> ((Label) n).getText())
        .findFirst()
        .orElse(null);
  }

  private boolean visible(String query) {
    return both.app().robot().lookup(query).queryAll().stream().anyMatch(Node::isVisible);
  }
}
