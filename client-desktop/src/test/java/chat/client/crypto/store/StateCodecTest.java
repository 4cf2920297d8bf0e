package chat.client.crypto.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.client.crypto.AgreementKeyPair;
import chat.client.crypto.DeviceAddress;
import chat.client.crypto.EncryptedRoomMessage;
import chat.client.crypto.InboundRoomSession;
import chat.client.crypto.InboundRoomSessions;
import chat.client.crypto.OutboundRoomSession;
import chat.client.crypto.RoomDecryption;
import chat.client.crypto.SigningKeyPair;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of state the key store keeps comes back from its encoding as it went in. */
class StateCodecTest {

  private static final DeviceAddress ALICE = new DeviceAddress("u-alice", "desk");
  private static final Instant NOW = Instant.parse("2026-12-01T10:15:30.123Z");
  private static final SigningKeyPair ALICE_DSK = SigningKeyPair.generate();

  @Test
  void deviceKeysWithAndWithoutTheIdentityKeyRoundTrip() throws Exception {
    DeviceKeys withIdentity =
        new DeviceKeys(
            "u-alice",
            "desk",
            SigningKeyPair.generate(),
            AgreementKeyPair.generate(),
            SigningKeyPair.generate());
    DeviceKeys without =
        new DeviceKeys(
            "u-alice", "desk", SigningKeyPair.generate(), AgreementKeyPair.generate(), null);

    DeviceKeys back = roundTrip(StoreFile.DEVICE, withIdentity);
    assertThat(back.address()).isEqualTo(ALICE);
    assertThat(back.signing().seed()).isEqualTo(withIdentity.signing().seed());
    assertThat(back.signing().publicKey()).isEqualTo(withIdentity.signing().publicKey());
    assertThat(back.agreement().privateKey()).isEqualTo(withIdentity.agreement().privateKey());
    assertThat(back.agreement().publicKey()).isEqualTo(withIdentity.agreement().publicKey());
    assertThat(back.identity().seed()).isEqualTo(withIdentity.identity().seed());
    assertThat(roundTrip(StoreFile.DEVICE, without).identity()).isNull();
  }

  @Test
  void trustedIdentitiesRoundTripWithVerificationAndFirstSeen() throws Exception {
    byte[] key = SigningKeyPair.generate().publicKey();
    Map<String, TrustedIdentity> trusted =
        Map.of(
            "u-bob", new TrustedIdentity(key, true, NOW),
            "u-carol", new TrustedIdentity(key, false, NOW.plusSeconds(60)));

    Map<String, TrustedIdentity> back = roundTrip(StoreFile.IDENTITIES, trusted);

    assertThat(back).containsOnlyKeys("u-bob", "u-carol");
    assertThat(back.get("u-bob").publicKey()).isEqualTo(key);
    assertThat(back.get("u-bob").verified()).isTrue();
    assertThat(back.get("u-carol").verified()).isFalse();
    assertThat(back.get("u-carol").firstSeen()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void aRestoredOutboundSessionGoesOnWhereItStopped() throws Exception {
    OutboundRoomSession session = OutboundRoomSession.start("r-1", ALICE, ALICE_DSK, NOW);
    InboundRoomSessions bob = new InboundRoomSessions();
    bob.add(session.roomKey());
    session.encrypt(bytes("zero"));
    session.encrypt(bytes("one"));

    OutboundRoomSession.State state =
        roundTrip(StoreFile.OUTBOUND, List.of(session.state())).getFirst();
    OutboundRoomSession restored = OutboundRoomSession.restore(state, ALICE_DSK);
    EncryptedRoomMessage next = restored.encrypt(bytes("two"));

    assertThat(restored.roomId()).isEqualTo("r-1");
    assertThat(restored.sessionId()).isEqualTo(session.sessionId());
    assertThat(restored.createdAt()).isEqualTo(NOW);
    assertThat(next.index()).isEqualTo(2);
    assertThat(restored.messagesEncrypted()).isEqualTo(3);
    assertThat(text(bob.decrypt("r-1", "u-alice", "m2", next))).isEqualTo("two");
  }

  @Test
  void aRetiredOutboundSessionStaysRetired() throws Exception {
    OutboundRoomSession session = OutboundRoomSession.start("r-1", ALICE, ALICE_DSK, NOW);
    session.retire();

    OutboundRoomSession.State state =
        roundTrip(StoreFile.OUTBOUND, List.of(session.state())).getFirst();

    assertThat(OutboundRoomSession.restore(state, ALICE_DSK).retired()).isTrue();
  }

  @Test
  void aRestoredInboundSessionStillCatchesAReplaySeenBeforeTheRestartAndStillDecrypts()
      throws Exception {
    OutboundRoomSession alice = OutboundRoomSession.start("r-1", ALICE, ALICE_DSK, NOW);
    InboundRoomSessions bob = new InboundRoomSessions();
    bob.add(alice.roomKey());
    EncryptedRoomMessage first = alice.encrypt(bytes("first"));
    EncryptedRoomMessage second = alice.encrypt(bytes("second"));
    assertThat(text(bob.decrypt("r-1", "u-alice", "m1", first))).isEqualTo("first");

    List<InboundRoomSession.State> states = roundTrip(StoreFile.INBOUND, bob.states());
    InboundRoomSessions restored = InboundRoomSessions.restore(states);

    assertThat(restored.decrypt("r-1", "u-alice", "m-evil", first))
        .isEqualTo(new RoomDecryption.Replayed("m1"));
    assertThat(text(restored.decrypt("r-1", "u-alice", "m1", first))).isEqualTo("first");
    assertThat(text(restored.decrypt("r-1", "u-alice", "m2", second))).isEqualTo("second");
    assertThat(states.getFirst().earliest().signingKey()).isEqualTo(ALICE_DSK.publicKey());
  }

  @Test
  void aFileOfAnotherFormatVersionIsRefused() {
    byte[] later = "{\"v\":2,\"state\":{}}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> StateCodec.decode(StoreFile.IDENTITIES, later))
        .isInstanceOf(UnreadableStoreFileException.class)
        .hasMessageContaining("identities");
  }

  @Test
  void aFileThatParsesIntoNoValidStateIsRefused() {
    byte[] shortKey =
        "{\"v\":1,\"state\":{\"u-bob\":{\"publicKey\":5,\"verified\":true}}}"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> StateCodec.decode(StoreFile.IDENTITIES, shortKey))
        .isInstanceOf(UnreadableStoreFileException.class);
  }

  private static <T> T roundTrip(StoreFile<T> file, T state) throws Exception {
    return StateCodec.decode(file, StateCodec.encode(file, state));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(RoomDecryption decryption) {
    return new String(((RoomDecryption.Decrypted) decryption).plaintext(), StandardCharsets.UTF_8);
  }
}
