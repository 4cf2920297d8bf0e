package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notifications of the real app, signed in as alice, for messages a second client (bob) sends
 * through a real server. The tests run with {@code chat.notifications=window}, so a notification is
 * a toast in the window.
 */
class NotificationsTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void aMessageInABackgroundRoomRaisesOneNotification() {
    Room lobby = bobsRoom("lobby");
    bobsRoom("random");
    both.app().join("lobby");
    both.app().join("random");

    say(both.bob(), lobby, "lunch at noon?");

    AppDriver.waitFor("a notification", () -> toasts() > 0);
    AppDriver.waitFor("the unread count in the title", () -> both.app().title().startsWith("(1)"));
    assertThat(toasts()).isEqualTo(1);
    assertThat(toastText()).contains("bob in lobby").contains("lunch at noon?");

    both.app().click(".toast");

    AppDriver.waitFor("lobby open", () -> both.app().text("#room-title").equals("lobby"));
    assertThat(toasts()).isZero();
  }

  @Test
  void aMutedRoomRaisesNone() {
    Room lobby = bobsRoom("lobby");
    Room random = bobsRoom("random");
    bobsRoom("quiet");
    both.app().join("random");
    both.app().join("lobby");
    both.app().click("#notify-level");
    both.app().click("Muted");
    AppDriver.waitFor("the room muted", () -> both.app().text("#notify-level").equals("Muted"));
    both.app().join("quiet");

    say(both.bob(), lobby, "nobody hears this");
    say(both.bob(), random, "but this");

    AppDriver.waitFor("the notification from random", () -> toasts() > 0);
    assertThat(toasts()).isEqualTo(1);
    assertThat(toastText()).contains("bob in random").doesNotContain("lobby");
  }

  @Test
  void doNotDisturbSilencesEveryRoomUntilItIsTurnedOff() {
    Room lobby = bobsRoom("lobby");
    bobsRoom("random");
    both.app().join("lobby");
    both.app().join("random");
    both.app().click("#do-not-disturb");
    AppDriver.waitFor("do not disturb on", () -> doNotDisturb().isSelected());

    say(both.bob(), lobby, "nobody hears this");
    AppDriver.waitFor("the unread count in the title", () -> both.app().title().startsWith("(1)"));
    both.app().click("#do-not-disturb");
    AppDriver.waitFor("do not disturb off", () -> !doNotDisturb().isSelected());
    say(both.bob(), lobby, "but this");

    AppDriver.waitFor("the notification once it is off", () -> toasts() > 0);
    assertThat(toasts()).isEqualTo(1);
    assertThat(toastText()).contains("but this").doesNotContain("nobody hears this");
  }

  private ToggleButton doNotDisturb() {
    return both.app().robot().lookup("#do-not-disturb").queryAs(ToggleButton.class);
  }

  private Room bobsRoom(String name) {
    return both.bob()
        .request(id -> new RoomCreate(id, name, RoomVisibility.PUBLIC, null), RoomResult.class)
        .room();
  }

  static void say(Peer peer, Room room, String content) {
    peer.request(
        id -> new MessageSend(id, room.roomId(), content, UUID.randomUUID().toString()),
        MessageResult.class);
  }

  private int toasts() {
    return both.app().robot().lookup(".toast").queryAll().size();
  }

  private String toastText() {
    return both.app().robot().lookup(".toast .label").queryAll().stream()
        .map(Node.class::cast)
        .map(n -> ((Labeled) n).getText())
        .reduce("", (a, b) -> a + " " + b);
  }
}
