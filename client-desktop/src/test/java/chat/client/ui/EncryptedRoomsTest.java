package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.e2ee.EncryptedPeer;
import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.protocol.client.MessageHistory;
import chat.protocol.client.RoomList;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.MessagesResult;
import chat.protocol.result.RoomsResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end encrypted rooms in the app, through a real server, with bob chatting from a client of
 * his own that encrypts too ({@link EncryptedPeer}).
 */
class EncryptedRoomsTest {

  private static final String WAITING = "Waiting for this message's key…";

  @RegisterExtension final AppAndServer both = AppAndServer.plain();

  @TempDir Path dir;

  private AppDriver app;
  private EncryptedPeer bob;

  @BeforeEach
  void aliceInTheAppAndBobOutside() {
    app = both.app();
    app.connect(both.server().address());
    app.registerAndWait("alice");
    bob = EncryptedPeer.signUp(both.server(), dir.resolve("bob"), "bob");
  }

  @AfterEach
  void bobLeaves() {
    bob.close();
  }

  @Test
  void anEncryptedRoomShowsTheLock() {
    app.click("#new-room");
    app.fill("#room-name", "vault");
    app.click("#room-private");
    AppDriver.waitFor(
        "encryption offered", () -> !app.lookup("#room-encrypted").query().isDisabled());
    app.click("#room-encrypted");
    app.click("#create-room");
    AppDriver.waitFor("the room is open", () -> app.text("#room-title").equals("vault"));

    try (Peer alice = Peer.login(both.server(), "alice")) {
      assertThat(alice.request(RoomList::new, RoomsResult.class).rooms())
          .filteredOn(room -> room.name().equals("vault"))
          .singleElement()
          .satisfies(room -> assertThat(room.endToEndEncrypted()).isTrue());
    }
    Node headerLock = app.lookup("#room-lock").query();
    AppDriver.waitFor("the lock beside the title", headerLock::isVisible);
    assertThat(headerLock.getAccessibleText()).isEqualTo("Encrypted");
    AppDriver.waitFor("the lock in the sidebar", () -> sidebarLocks().equals(List.of("Encrypted")));
  }

  @Test
  void aMessageSentInAnEncryptedRoomIsReadByTheOtherApp() {
    String aliceId = userIdOf("alice");
    Room room = bob.encryptedRoom("secrets", List.of(aliceId));
    bob.awaitDeviceOf(aliceId);
    app.openRoom("secrets");

    app.say("hello in secret");
    bob.awaitText("hello in secret");
    bob.say(room.roomId(), "a secret reply");

    AppDriver.waitFor(
        "both messages readable",
        () ->
            app.messages()
                .contents("#messages")
                .equals(List.of("hello in secret", "a secret reply")));
    try (Peer bobInClear = Peer.login(both.server(), "bob")) {
      List<Message> stored =
          bobInClear
              .request(
                  id -> new MessageHistory(id, room.roomId(), null, null, 50), MessagesResult.class)
              .messages();
      assertThat(stored)
          .hasSize(2)
          .allSatisfy(
              message -> {
                assertThat(message.content()).isEmpty();
                assertThat(message.encrypted()).isNotNull();
                assertThat(message.encrypted().toString()).doesNotContain("secret");
              });
    }
  }

  @Test
  void aMessageWithoutItsKeySaysSoAndShowsOnceTheKeyArrives() {
    String aliceId = userIdOf("alice");
    Room room = bob.encryptedRoom("secrets", List.of(aliceId));
    bob.awaitDeviceOf(aliceId);
    app.openRoom("secrets");

    Runnable sendTheKey = bob.sayWithKeyHeldBack(room.roomId(), "worth the wait");
    AppDriver.waitFor(
        "the message, waiting for its key",
        () -> app.messages().contents("#messages").equals(List.of(WAITING)));
    AppDriver.waitFor(
        "the row saying so in italics",
        () -> {
          ListCell<?> waiting = app.messages().cellShowing(WAITING);
          return waiting != null && waiting.getStyleClass().contains("unreadable");
        });
    sendTheKey.run();

    AppDriver.waitFor(
        "the message, read",
        () -> app.messages().contents("#messages").equals(List.of("worth the wait")));
  }

  /** What the locks shown in the sidebar say aloud. */
  private List<String> sidebarLocks() {
    List<String> said = new ArrayList<>();
    app.robot()
        .interact(
            () ->
                app.lookup("#rooms").query().lookupAll(".lock").stream()
                    .filter(lock -> lock.isVisible() && lock.getParent().isVisible())
                    .forEach(lock -> said.add(lock.getAccessibleText())));
    return said;
  }

  /** The userId of {@code username}, signed up in the app. */
  private String userIdOf(String username) {
    try (Peer signedIn = Peer.login(both.server(), username)) {
      return signedIn.userId();
    }
  }
}
