package chat.client.e2ee;

import chat.client.crypto.AgreementKeyPair;
import chat.client.crypto.DeviceAddress;
import chat.client.crypto.DeviceRecord;
import chat.client.crypto.Envelope;
import chat.client.crypto.EnvelopeOpening;
import chat.client.crypto.SasParty;
import chat.client.crypto.SigningKeyPair;
import chat.client.crypto.store.DeviceKeys;
import chat.client.e2ee.EncryptedChat.App;
import chat.client.net.Session;
import chat.client.support.Waits;
import chat.protocol.Base64Url;
import chat.protocol.client.DeviceAck;
import chat.protocol.client.DeviceInbox;
import chat.protocol.client.DeviceSend;
import chat.protocol.http.UserKeys;
import chat.protocol.model.DeviceMessage;
import chat.protocol.result.DeviceInboxResult;
import chat.protocol.result.DeviceSendResult;
import chat.protocol.result.EmptyResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A device whose keys the test holds, registered for a session without {@link EndToEnd}, to send
 * verification steps by hand, right or crafted wrong, and read those that come back.
 */
final class HandmadeDevice {

  private static final Duration POLL = Duration.ofMillis(50);

  private final Session session;
  private final DeviceKeys keys;
  private final List<VerificationStep> received = new ArrayList<>();

  private HandmadeDevice(Session session, DeviceKeys keys) {
    this.session = session;
    this.keys = keys;
  }

  /** A device {@code deviceId} of {@code session}'s user, with a new identity key set for them. */
  static HandmadeDevice register(Session session, String deviceId) {
    SigningKeyPair identity = SigningKeyPair.generate();
    session.keys().setIdentityKey(Base64Url.encode(identity.publicKey())).join();
    DeviceKeys keys =
        new DeviceKeys(
            session.me().userId(),
            deviceId,
            SigningKeyPair.generate(),
            AgreementKeyPair.generate(),
            identity);
    session.keys().registerDevice(WireKeys.deviceRecord(keys)).join();
    return new HandmadeDevice(session, keys);
  }

  String userId() {
    return keys.userId();
  }

  /** This device as one side of a short code. */
  SasParty party() {
    return new SasParty(keys.userId(), keys.deviceId(), keys.identity().publicKey());
  }

  /** {@code app}'s device as the other side of a short code. */
  SasParty partyOf(App app) {
    UserKeys user = keysOf(app);
    return new SasParty(app.userId(), app.e2ee().deviceId(), WireKeys.bytes(user.identityKey()));
  }

  /** Seals {@code step} to {@code app}'s device and sends it. */
  void send(App app, VerificationStep step) {
    DeviceRecord to = recordOf(app);
    session
        .request(
            id -> new DeviceSend(id, List.of(WireKeys.sealed(keys, to, step.encode()))),
            DeviceSendResult.class)
        .join();
  }

  /**
   * Waits for a step of {@code type} from {@code app}, reading this device's inbox on the calling
   * thread (the session answers on the thread {@code Waits} polls on, so not through it).
   */
  <T extends VerificationStep> T await(App app, Class<T> type) {
    long deadline = System.nanoTime() + Waits.DEFAULT.toNanos();
    while (received.stream().noneMatch(type::isInstance)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + type.getSimpleName() + " came");
      }
      read(app);
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
    T step = received.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    received.remove(step);
    return step;
  }

  private void read(App app) {
    List<DeviceMessage> page =
        session.request(id -> new DeviceInbox(id, null), DeviceInboxResult.class).join().messages();
    if (page.isEmpty()) {
      return;
    }
    DeviceRecord from = recordOf(app);
    for (DeviceMessage message : page) {
      EnvelopeOpening opening =
          Envelope.open(
              keys.address(),
              keys.agreement(),
              new DeviceAddress(message.fromUserId(), message.fromDeviceId()),
              from.signingKey(),
              WireKeys.sealed(message.body()));
      if (opening instanceof EnvelopeOpening.Opened opened
          && DevicePayload.decode(opened.payload()).orElseThrow() instanceof VerificationStep s) {
        received.add(s);
      }
    }
    long upTo = page.getLast().id();
    session.request(id -> new DeviceAck(id, upTo), EmptyResult.class).join();
  }

  private DeviceRecord recordOf(App app) {
    return keysOf(app).devices().stream()
        .filter(d -> d.deviceId().equals(app.e2ee().deviceId()))
        .map(d -> WireKeys.record(app.userId(), d))
        .findFirst()
        .orElseThrow();
  }

  private UserKeys keysOf(App app) {
    return session.keys().query(List.of(app.userId())).join().getFirst();
  }
}
