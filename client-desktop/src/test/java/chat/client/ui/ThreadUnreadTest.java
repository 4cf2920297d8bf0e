package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.ui.rooms.SidebarRow;
import chat.protocol.model.Message;
import chat.protocol.model.RoomVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replies to a thread that is not open, against a real server with a second member: they mark the
 * thread's root until it is opened, and count as no unread message of the room unless also posted
 * to it.
 */
class ThreadUnreadTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  /** Bob makes the public room "lobby"; its id. */
  private String lobbyOfBob() {
    return both.bob().createRoom("lobby", RoomVisibility.PUBLIC, null).roomId();
  }

  @Test
  void aReplyArrivingToAClosedThreadMarksItUnreadUntilOpened() {
    lobbyOfBob();
    AppDriver app = both.app();
    Peer bob = both.bob();
    app.join("lobby");
    app.say("anyone for coffee?");
    Message root = bob.received("anyone for coffee?");

    bob.reply(root, "me!");
    bob.reply(root, "me too");

    AppDriver.waitFor(
        "the unread mark and the count",
        () ->
            unreadOf("anyone for coffee?").equals("2 new replies")
                && summaryOf("anyone for coffee?").equals("2 replies"));
    assertThat(app.messages().contents("#messages")).doesNotContain("me!", "me too");

    app.click("#messages .thread-count"); // looked up as clicked: the row may be made again

    AppDriver.waitFor(
        "the thread", () -> app.messages().contents("#thread-messages").contains("me too"));
    AppDriver.waitFor("the mark gone", () -> unreadOf("anyone for coffee?").isEmpty());
  }

  @Test
  void aReplyKeptToItsThreadCountsAsNoUnreadMessageOfTheRoom() {
    String lobby = lobbyOfBob();
    AppDriver app = both.app();
    Peer bob = both.bob();
    Message root = bob.say(lobby, "lunch?");
    app.join("lobby");
    bob.createRoom("other", RoomVisibility.PUBLIC, null);
    app.join("other");

    bob.reply(root, "pizza");
    bob.say(lobby, "the room's own news");

    AppDriver.waitFor("the news counted", () -> unreadIn("lobby") > 0);
    assertThat(unreadIn("lobby")).as("the news, not the reply").isEqualTo(1);
  }

  private int unreadIn(String roomName) {
    return both.app().<SidebarRow>list("#rooms").getItems().stream()
        .filter(row -> row instanceof SidebarRow.Entry e && e.room().name().equals(roomName))
        .mapToInt(row -> ((SidebarRow.Entry) row).room().unreadProperty().get())
        .findFirst()
        .orElse(-1);
  }

  /** "2 replies" under the root {@code content}, or empty while it shows no summary. */
  private String summaryOf(String content) {
    return both.app().messages().textInRow(content, ".thread-count");
  }

  /** "2 new replies" under the root {@code content}, or empty while none is unseen. */
  private String unreadOf(String content) {
    return both.app().messages().textInRow(content, ".thread-unread");
  }
}
