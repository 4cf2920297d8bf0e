package chat.client.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measurement, not a test: what end-to-end encryption costs one device, warm. A room message
 * encrypted and signed, and decrypted and verified (in order, as a room is read); starting a new
 * room session shared with {@value #DEVICES} devices (one envelope sealed and signed for each), and
 * opening one such envelope; a file sealed and opened. Each figure is the mean of {@value #ROUNDS}
 * rounds after as many rounds of warm-up.
 *
 * <pre>mvn -pl shared-protocol,server-core,client-desktop test -Dbench=true -Dtest=CryptoBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -DskipITs
 * -Dprotocol.tests=none/Nothing.java</pre>
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class CryptoBenchmark {

  private static final int ROUNDS = 20;
  private static final int DEVICES = 100;
  private static final int FILE_BYTES = 16 * 1024 * 1024;
  private static final DeviceAddress SENDER = new DeviceAddress("u-alice", "desk");
  private static final byte[] MESSAGE =
      ("{\"body\":\"" + "a message of a typical length, a sentence or two. ".repeat(4) + "\"}")
          .getBytes(StandardCharsets.UTF_8);

  private final SigningKeyPair signingKey = SigningKeyPair.generate();
  private final List<DeviceRecord> members = new ArrayList<>();
  private final List<AgreementKeyPair> memberKeys = new ArrayList<>();

  @Test
  void measureWhatEncryptionCostsOneDevice() throws IOException {
    for (int i = 0; i < DEVICES; i++) {
      AgreementKeyPair agreement = AgreementKeyPair.generate();
      memberKeys.add(agreement);
      members.add(
          new DeviceRecord(
              "u-" + i, "device", SigningKeyPair.generate().publicKey(), agreement.publicKey()));
    }
    System.out.printf("bench: %-50s %12s%n", "what (mean of " + ROUNDS + " warm rounds)", "cost");
    print("a room message encrypted and signed", perRound(this::encryptSessions) / 100, "µs");
    print("a room message decrypted and verified", perRound(this::decryptSessions) / 100, "µs");
    print(
        "a new room session shared with " + DEVICES + " devices",
        perRound(this::rotate) / 1000,
        "ms");
    print("one of its envelopes opened", perRound(this::openEnvelopes) / DEVICES, "µs");
    double fileMicros = perRound(this::sealAndOpenFile);
    print("a file sealed and opened", FILE_BYTES * 2 / fileMicros, "MB/s");
  }

  /** Runs {@code round} twice {@value #ROUNDS} times; the mean µs of the second half. */
  private static double perRound(Round round) throws IOException {
    for (int i = 0; i < ROUNDS; i++) {
      round.run();
    }
    long started = System.nanoTime();
    for (int i = 0; i < ROUNDS; i++) {
      round.run();
    }
    return (System.nanoTime() - started) / 1e3 / ROUNDS;
  }

  /** A whole session: 100 messages. */
  private void encryptSessions() {
    OutboundRoomSession session = newSession();
    for (int i = 0; i < OutboundRoomSession.MAX_MESSAGES; i++) {
      session.encrypt(MESSAGE);
    }
  }

  private final List<List<EncryptedRoomMessage>> sessions = new ArrayList<>();
  private final List<RoomKey> sessionKeys = new ArrayList<>();

  /** Reads a whole session of 100 messages, each under a fresh inbound copy's replay record. */
  private void decryptSessions() {
    if (sessions.isEmpty()) {
      for (int s = 0; s < 2 * ROUNDS; s++) {
        OutboundRoomSession session = newSession();
        sessionKeys.add(session.roomKey());
        List<EncryptedRoomMessage> sent = new ArrayList<>();
        for (int i = 0; i < OutboundRoomSession.MAX_MESSAGES; i++) {
          sent.add(session.encrypt(MESSAGE));
        }
        sessions.add(sent);
      }
    }
    int next = sessions.size() - 1;
    InboundRoomSession inbound = new InboundRoomSession(sessionKeys.remove(next));
    List<EncryptedRoomMessage> messages = sessions.remove(next);
    for (EncryptedRoomMessage message : messages) {
      if (!(inbound.decrypt("m" + message.index(), message) instanceof RoomDecryption.Decrypted)) {
        throw new AssertionError("a benchmark message did not decrypt");
      }
    }
  }

  private final List<SealedEnvelope> envelopes = new ArrayList<>();

  private void rotate() {
    RoomKey key = newSession().roomKey();
    byte[] payload = roomKeyPayload(key);
    envelopes.clear();
    for (DeviceRecord member : members) {
      envelopes.add(
          Envelope.seal(SENDER, signingKey, member.address(), member.agreementKey(), payload));
    }
  }

  private void openEnvelopes() {
    for (int i = 0; i < DEVICES; i++) {
      EnvelopeOpening opening =
          Envelope.open(
              members.get(i).address(),
              memberKeys.get(i),
              SENDER,
              signingKey.publicKey(),
              envelopes.get(i));
      if (!(opening instanceof EnvelopeOpening.Opened)) {
        throw new AssertionError("a benchmark envelope did not open");
      }
    }
  }

  private void sealAndOpenFile() throws IOException {
    FileKey key = FileKey.generate();
    SinkAndSource sealed = new SinkAndSource();
    FileCipher.encrypt(key, new ByteArrayInputStream(new byte[FILE_BYTES]), sealed);
    FileCipher.decrypt(key, sealed.toInput(), OutputStream.nullOutputStream());
  }

  private OutboundRoomSession newSession() {
    return OutboundRoomSession.start("r-bench", SENDER, signingKey, Instant.now());
  }

  /** About the size of a {@code room_key} payload: ids, keys and index in JSON. */
  private static byte[] roomKeyPayload(RoomKey key) {
    return ("{\"type\":\"room_key\",\"room\":\""
            + key.roomId()
            + "\",\"session\":\""
            + key.sessionId().text()
            + "\",\"device\":\"desk\",\"signingKey\":\""
            + "x".repeat(43)
            + "\",\"chainKey\":\""
            + "x".repeat(43)
            + "\",\"index\":0}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void print(String what, double value, String unit) {
    System.out.printf("bench: %-50s %10.1f %s%n", what, value, unit);
  }

  @FunctionalInterface
  private interface Round {
    void run() throws IOException;
  }

  /** Keeps what is written, to read it back. */
  private static final class SinkAndSource extends ByteArrayOutputStream {
    InputStream toInput() {
      return new ByteArrayInputStream(buf, 0, count);
    }
  }
}
