package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.ui.chat.ChatLine;
import chat.protocol.client.MessageHistory;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.MessagesResult;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Never lose a word: messages typed offline wait on disk and go out exactly once; what others said
 * meanwhile, in threads too, shows after reconnecting.
 */
class OfflineTest {

  private static final Pattern WAITING = Pattern.compile("Offline\\. Reconnecting in (\\d+) s");

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();
  private LiveServer server;
  private Room room;

  @BeforeEach
  void start() {
    server = both.server();
    room = both.bobsRoomJoined("lobby");
  }

  @Test
  void aMessageTypedWhileTheServerIsDownIsDeliveredExactlyOnceWhenItComesBack() {
    server.stop();
    AppDriver.waitFor("the offline banner", () -> app().text("#banner-text").startsWith("Offline"));

    app().say("typed while offline");
    AppDriver.waitFor("the pending message", () -> pending().contains("typed while offline"));
    app().click("#retry"); // while still down: the attempt fails and the wait starts over
    server.restart();

    AppDriver.waitFor(
        "delivery",
        Duration.ofSeconds(40),
        () -> messages().contains("typed while offline") && pending().isEmpty());
    AppDriver.waitFor(
        "the banner goes",
        () -> !app().exists("#banner") || !app().robot().lookup("#banner").query().isVisible());
    assertThat(messages()).containsOnlyOnce("typed while offline");
    assertThat(history()).extracting(Message::content).containsExactly("typed while offline");
  }

  @Test
  void theOutboxSurvivesAnAppRestart() {
    server.stop();
    AppDriver.waitFor("offline", () -> app().text("#banner-text").startsWith("Offline"));
    app().say("kept on disk");
    AppDriver.waitFor("the pending message", () -> pending().contains("kept on disk"));
    app().close();
    server.restart();

    both.launchAppAgain();
    AppDriver.waitFor(
        "the remembered server", () -> app().text("#address").equals(server.address()));
    app().click("#connect");
    AppDriver.waitFor(
        "the main window, signed in by the remembered token", () -> app().exists("#rooms"));

    AppDriver.waitFor("delivery", () -> history().size() == 1);
    assertThat(history()).extracting(Message::content).containsExactly("kept on disk");
    app().openRoom("lobby");
    AppDriver.waitFor("the message shows once", () -> messages().equals(List.of("kept on disk")));
  }

  @Test
  void repliesKeptToAThreadWhileTheAppWasOfflineShowOnItsRootAfterReconnecting() {
    Message root = both.bob().say(room.roomId(), "lunch?");
    AppDriver.waitFor("the root", () -> messages().contains("lunch?"));

    server.stop();
    // A wait of 10 s or more before the next attempt leaves time to restart the server and reply
    // meanwhile even on a loaded machine (4 s did not). The server said it was going away, so for
    // 30 s the app tries every 1-2 s; then the steps double again from where the attempts are, up
    // to 30 s, each jittered to half or more: the first of them is 15 s or more.
    AppDriver.waitFor(
        "a long wait before the next attempt",
        Duration.ofSeconds(60),
        () -> secondsToNextAttempt() >= 10);
    server.restart();
    try (Peer bob = Peer.login(server, "bob")) {
      bob.reply(root, "pizza");
      bob.reply(root, "sushi");
    }
    assertThat(app().text("#banner-text"))
        .as("still offline when bob replied")
        .startsWith("Offline");
    app().click("#retry");

    AppDriver.waitFor(
        "the count and the unread mark",
        () ->
            app().messages().textInRow("lunch?", ".thread-count").equals("2 replies")
                && app().messages().textInRow("lunch?", ".thread-unread").equals("2 new replies"));
    assertThat(messages()).containsExactly("lunch?");
  }

  private AppDriver app() {
    return both.app();
  }

  /** The N of "Offline. Reconnecting in N s", or -1 while the banner says something else. */
  private int secondsToNextAttempt() {
    Matcher waiting = WAITING.matcher(app().text("#banner-text"));
    return waiting.matches() ? Integer.parseInt(waiting.group(1)) : -1;
  }

  /** The room's history as the server has it, asked by bob on a fresh connection. */
  private List<Message> history() {
    try (Peer again = Peer.login(server, "bob")) {
      return again
          .request(
              id -> new MessageHistory(id, room.roomId(), null, null, 100), MessagesResult.class)
          .messages();
    }
  }

  private List<String> messages() {
    return lines(ChatLine.Kind.MESSAGE);
  }

  private List<String> pending() {
    return lines(ChatLine.Kind.PENDING);
  }

  private List<String> lines(ChatLine.Kind kind) {
    return app().<ChatLine>list("#messages").getItems().stream()
        .filter(l -> l.kind() == kind)
        .map(ChatLine::content)
        .toList();
  }
}
