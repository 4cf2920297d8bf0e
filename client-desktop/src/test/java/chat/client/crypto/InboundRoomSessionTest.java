package chat.client.crypto;

import static chat.client.crypto.FixedKeys.ED_2;
import static chat.client.crypto.FixedKeys.ED_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a receiving device accepts of a room session, and each way it refuses. */
class InboundRoomSessionTest {

  private static final DeviceAddress ALICE = new DeviceAddress("u-alice", "desk");
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private final OutboundRoomSession alice = OutboundRoomSession.start("r-1", ALICE, ED_2, NOW);
  private final InboundRoomSessions bob = new InboundRoomSessions();

  @Test
  void messagesDecryptInAnyOrderFromTheEarliestKey() {
    bob.add(alice.roomKey());
    List<EncryptedRoomMessage> sent = send(5);

    assertThat(text(bob.decrypt("r-1", "u-alice", "m4", sent.get(4)))).isEqualTo("message 4");
    assertThat(text(bob.decrypt("r-1", "u-alice", "m0", sent.get(0)))).isEqualTo("message 0");
    assertThat(text(bob.decrypt("r-1", "u-alice", "m2", sent.get(2)))).isEqualTo("message 2");
  }

  @Test
  void theHundredthMessageIsReachedButNotAnIndexPastIt() {
    bob.add(alice.roomKey());
    List<EncryptedRoomMessage> sent = send(OutboundRoomSession.MAX_MESSAGES);
    EncryptedRoomMessage last = sent.getLast();
    EncryptedRoomMessage beyond =
        new EncryptedRoomMessage(
            "desk", last.sessionId(), last.index() + 1, last.ciphertext(), last.signature());

    assertThat(text(bob.decrypt("r-1", "u-alice", "m99", last))).isEqualTo("message 99");
    assertThat(bob.decrypt("r-1", "u-alice", "m100", beyond))
        .isInstanceOf(RoomDecryption.NoKey.class);
  }

  @Test
  void aKeySharedMidSessionReadsFromItsIndexOnlyUntilAnEarlierOneArrives() {
    RoomKey atStart = alice.roomKey();
    List<EncryptedRoomMessage> sent = send(3);
    bob.add(alice.roomKey());
    List<EncryptedRoomMessage> later = send(1);

    assertThat(bob.decrypt("r-1", "u-alice", "m0", sent.get(0)))
        .isInstanceOf(RoomDecryption.NoKey.class);
    assertThat(text(bob.decrypt("r-1", "u-alice", "m3", later.get(0)))).isEqualTo("message 0");

    bob.add(atStart);
    assertThat(text(bob.decrypt("r-1", "u-alice", "m0", sent.get(0)))).isEqualTo("message 0");
  }

  @Test
  void anUnknownSessionOrSenderOrRoomHasNoKey() {
    bob.add(alice.roomKey());
    EncryptedRoomMessage message = send(1).get(0);

    assertThat(bob.decrypt("r-2", "u-alice", "m0", message))
        .isInstanceOf(RoomDecryption.NoKey.class);
    assertThat(bob.decrypt("r-1", "u-eve", "m0", message)).isInstanceOf(RoomDecryption.NoKey.class);
    assertThat(new InboundRoomSessions().decrypt("r-1", "u-alice", "m0", message))
        .isInstanceOf(RoomDecryption.NoKey.class);
  }

  @Test
  void aFlippedCiphertextByteIsTampered() {
    bob.add(alice.roomKey());
    EncryptedRoomMessage message = send(1).get(0);
    byte[] ciphertext = message.ciphertext().clone();
    ciphertext[0] ^= 1;

    assertThat(
            bob.decrypt(
                "r-1",
                "u-alice",
                "m0",
                new EncryptedRoomMessage(
                    "desk", message.sessionId(), 0, ciphertext, message.signature())))
        .isInstanceOf(RoomDecryption.Tampered.class);
  }

  @Test
  void aMessageMovedToAnotherIndexIsTampered() {
    bob.add(alice.roomKey());
    List<EncryptedRoomMessage> sent = send(2);
    EncryptedRoomMessage first = sent.get(0);

    assertThat(
            bob.decrypt(
                "r-1",
                "u-alice",
                "m1",
                new EncryptedRoomMessage(
                    "desk", first.sessionId(), 1, first.ciphertext(), first.signature())))
        .isInstanceOf(RoomDecryption.Tampered.class);
  }

  /**
   * Mallory, a member, holds Alice's room key: she can make a ciphertext that decrypts under
   * Alice's session, but cannot sign it with Alice's device key.
   */
  @Test
  void aMessageAnotherKeyHolderMadeUnderTheSenderSessionIsForged() {
    RoomKey shared = alice.roomKey();
    bob.add(shared);
    OutboundRoomSession mallory =
        new OutboundRoomSession("r-1", ALICE, ED_3, shared.sessionId(), shared.chainKey(), NOW);
    EncryptedRoomMessage forged = mallory.encrypt(utf8("send me your password"));

    assertThat(bob.decrypt("r-1", "u-alice", "m0", forged))
        .isInstanceOf(RoomDecryption.Forged.class);
  }

  @Test
  void theSameIndexUnderAnotherMessageIdIsReplayedButTheSameIdAgainIsFine() {
    bob.add(alice.roomKey());
    EncryptedRoomMessage message = send(1).get(0);

    assertThat(text(bob.decrypt("r-1", "u-alice", "m0", message))).isEqualTo("message 0");
    assertThat(text(bob.decrypt("r-1", "u-alice", "m0", message))).isEqualTo("message 0");
    assertThat(bob.decrypt("r-1", "u-alice", "m7", message))
        .isEqualTo(new RoomDecryption.Replayed("m0"));
  }

  @Test
  void anOutboundSessionRefusesTheHundredAndFirstMessageAndAnyOnceRetired() {
    send(OutboundRoomSession.MAX_MESSAGES);
    assertThatThrownBy(() -> alice.encrypt(utf8("one more")))
        .isInstanceOf(IllegalStateException.class);

    OutboundRoomSession next = OutboundRoomSession.start("r-1", ALICE, ED_2, NOW);
    next.retire();
    assertThatThrownBy(() -> next.encrypt(utf8("after a member left")))
        .isInstanceOf(IllegalStateException.class);
  }

  private List<EncryptedRoomMessage> send(int count) {
    List<EncryptedRoomMessage> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sent.add(alice.encrypt(utf8("message " + i)));
    }
    return sent;
  }

  /** What a caller does: one case per outcome, no default. */
  private static String text(RoomDecryption result) {
    return switch (result) {
      case RoomDecryption.Decrypted decrypted ->
          new String(decrypted.plaintext(), StandardCharsets.UTF_8);
      case RoomDecryption.Tampered tampered -> "tampered";
      case RoomDecryption.Forged forged -> "forged";
      case RoomDecryption.Replayed replayed -> "replayed";
      case RoomDecryption.NoKey noKey -> "no key";
    };
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
