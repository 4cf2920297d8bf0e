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
