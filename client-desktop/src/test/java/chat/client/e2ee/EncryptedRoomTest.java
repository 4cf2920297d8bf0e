package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.e2ee.EncryptedChat.App;
import chat.protocol.client.DeviceInbox;
import chat.protocol.client.RoomInvite;
import chat.protocol.client.RoomKick;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.DeviceInboxResult;
import chat.protocol.result.EmptyResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two and three apps in an encrypted private room, through a real server. */
class EncryptedRoomTest {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat();

  @Test
  void aliceAndBobEachReadTheOthersTextInAnEncryptedPrivateRoom() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));

    alice.e2ee().send(room.roomId(), "hello bob, ciphered", List.of()).join();
    String fromAlice = bob.awaitText("hello bob, ciphered");
    bob.e2ee().send(room.roomId(), "hello alice, ciphered too", List.of(alice.userId())).join();
    String fromBob = alice.awaitText("hello alice, ciphered too");

    assertThat(alice.awaitText("hello bob, ciphered")).isEqualTo(fromAlice);
    assertThat(alice.read().get(fromBob))
        .isEqualTo(
            new DecryptedText.Readable("hello alice, ciphered too", List.of(alice.userId())));
    assertThat(bob.e2ee().text(fromAlice))
        .contains(new DecryptedText.Readable("hello bob, ciphered", List.of()));
  }

  @Test
  void aReplyInAThreadIsEncryptedAndReadInItsThread() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));
    alice.e2ee().send(room.roomId(), "a question", List.of()).join();
    String question = bob.awaitText("a question");

    bob.e2ee().reply(room.roomId(), question, "an answer", List.of()).join();
    String answer = alice.awaitText("an answer");

    assertThat(alice.arrived().get(answer).threadId()).isEqualTo(question);
    assertThat(alice.arrived().get(answer).encrypted()).isNotNull();
  }

  @Test
  void aMemberWhoJoinsReadsWhatIsSentFromThenOnAndNothingBefore() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    App carol = chat.signedUp("carol");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));
    alice.e2ee().send(room.roomId(), "before carol", List.of()).join();
    Message before = alice.arrived().get(alice.awaitText("before carol"));

    alice
        .session()
        .request(id -> new RoomInvite(id, room.roomId(), carol.userId()), EmptyResult.class)
        .join();
    alice.e2ee().send(room.roomId(), "carol is here", List.of()).join();

    assertThat(carol.awaitText("carol is here")).isNotNull();
    assertThat(carol.e2ee().read(before).join()).isEqualTo(new DecryptedText.NoKeyYet());
    assertThat(bob.awaitText("carol is here")).isNotNull();
  }

  @Test
  void aRoomSessionCarriesTheNextMessagesAndIsReplacedAfterSevenDays() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));

    String first = sessionOf(alice, room, "first");
    String second = sessionOf(alice, room, "second");
    chat.advanceClock(Duration.ofDays(7));
    String aWeekLater = sessionOf(alice, room, "a week later");

    assertThat(second).isEqualTo(first);
    assertThat(aWeekLater).isNotEqualTo(first);
    assertThat(bob.awaitText("a week later")).isNotNull();
  }

  /** The room session alice's message {@code text} went in. */
  private static String sessionOf(App alice, Room room, String text) {
    alice.e2ee().send(room.roomId(), text, List.of()).join();
    return alice.arrived().get(alice.awaitText(text)).encrypted().session();
  }

  /**
   * Carol's app starts again before it reads, so that it has read every room key sent to it: the
   * inbox is drained on start.
   */
  @Test
  void aKickedMemberCannotReadWhatIsSentAfterItsRemoval() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    App carol = chat.signedUp("carol");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId(), carol.userId()));
    alice.e2ee().send(room.roomId(), "before the kick", List.of()).join();
    carol.awaitText("before the kick");

    alice
        .session()
        .request(id -> new RoomKick(id, room.roomId(), carol.userId()), EmptyResult.class)
        .join();
    alice.e2ee().send(room.roomId(), "after the kick", List.of()).join();
    bob.awaitText("after the kick");
    Message after = alice.arrived().get(alice.awaitText("after the kick"));
    chat.close(carol);
    App carolAgain = chat.restarted("carol");

    assertThat(carolAgain.e2ee().read(after).join()).isEqualTo(new DecryptedText.NoKeyYet());
    assertThat(bob.e2ee().read(after).join())
        .isEqualTo(new DecryptedText.Readable("after the kick", List.of()));
  }

  @Test
  void roomKeysThatWaitedInTheInboxAreReadAfterARestartAndAcknowledged() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));
    chat.close(bob);

    alice.e2ee().send(room.roomId(), "while bob was away", List.of()).join();
    Message sent = alice.arrived().get(alice.awaitText("while bob was away"));
    App back = chat.restarted("bob");

    assertThat(back.e2ee().read(sent).join())
        .isEqualTo(new DecryptedText.Readable("while bob was away", List.of()));
    assertThat(
            back.session()
                .request(id -> new DeviceInbox(id, null), DeviceInboxResult.class)
                .join()
                .messages())
        .isEmpty();
  }
}
