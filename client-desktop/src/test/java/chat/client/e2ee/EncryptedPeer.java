package chat.client.e2ee;

import chat.client.crypto.AgreementKeyPair;
import chat.client.crypto.DeviceRecord;
import chat.client.crypto.EncryptedRoomMessage;
import chat.client.crypto.SigningKeyPair;
import chat.client.crypto.store.DeviceKeyStore;
import chat.client.crypto.store.DeviceKeys;
import chat.client.crypto.store.StoreFile;
import chat.client.crypto.store.StoreKeys;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Waits;
import chat.protocol.Base64Url;
import chat.protocol.client.DeviceSend;
import chat.protocol.client.OutgoingDeviceMessage;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.RoomMembers;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.User;
import chat.protocol.result.DeviceSendResult;
import chat.protocol.result.MembersResult;
import chat.protocol.result.RoomResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Someone who chats with the app under test from a client of their own, outside the app: a session
 * and its {@link EndToEnd}, a key store in a folder of its own. It can also send a message whose
 * room key it holds back ({@link #sayWithKeyHeldBack}), and start over with a new security key
 * ({@link #resetKeys}), as a person who lost their device does.
 */
public final class EncryptedPeer implements AutoCloseable {

  private final Session session;
  private final Path dir;
  private final Map<String, DecryptedText> read = new ConcurrentHashMap<>();
  private EndToEnd e2ee;
  private int stores;

  private EncryptedPeer(Session session, Path dir) {
    this.session = session;
    this.dir = dir;
  }

  /** {@code username} signed up on {@code server}, encryption started, its files in {@code dir}. */
  public static EncryptedPeer signUp(LiveServer server, Path dir, String username) {
    EncryptedPeer peer = new EncryptedPeer(Clients.signedUp(server, dir, username), dir);
    peer.e2ee = peer.started(peer.nextStore());
    return peer;
  }

  public String userId() {
    return session.me().userId();
  }

  /**
   * Waits until {@code userId}, who shares a room with this user (the server shows keys to them
   * only), has a device set up for encryption: a room key shared before that would not reach it.
   */
  public void awaitDeviceOf(String userId) {
    // Not through Waits: the answers come on the thread Waits reads on.
    long deadline = System.nanoTime() + Waits.DEFAULT.toNanos();
    while (session.keys().query(List.of(userId)).join().stream()
        .allMatch(user -> user.devices().isEmpty())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(userId + "'s device was never set up");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** An encrypted private room of this user's with {@code members}. */
  public Room encryptedRoom(String name, List<String> members) {
    return session
        .request(
            id -> new RoomCreate(id, name, RoomVisibility.PRIVATE, members, true), RoomResult.class)
        .join()
        .room();
  }

  /** Sends {@code text} encrypted to the room, through the outbox. */
  public void say(String roomId, String text) {
    e2ee.send(roomId, text, List.of()).join();
  }

  /** Waits until a message reads as {@code text} here. */
  public void awaitText(String text) {
    Waits.until(
        "'" + text + "' is read",
        () ->
            read.values().stream()
                .anyMatch(t -> t instanceof DecryptedText.Readable r && r.body().equals(text)));
  }

  /**
   * Sends {@code text} encrypted under a new room session whose key goes to nobody yet; running the
   * returned step sends the key to the room's other devices.
   */
  public Runnable sayWithKeyHeldBack(String roomId, String text) {
    try {
      DeviceKeys self = store(currentStore()).read(StoreFile.DEVICE).orElseThrow();
      KeyDirectory directory =
          new KeyDirectory(
              session.keys(), new TrustedKeys(store(dir.resolve("scratch")), Clock.systemUTC()));
      List<DeviceRecord> readers =
          directory.devicesOf(members(roomId)).stream()
              .filter(d -> !d.address().equals(self.address()))
              .toList();
      List<OutgoingDeviceMessage> held = new ArrayList<>();
      RoomSender sender = new RoomSender(self, Clock.systemUTC(), held::addAll, key -> {});
      EncryptedRoomMessage message =
          sender.encrypt(roomId, new MessagePlaintext(text, List.of()).encode(), readers);
      session.outgoing().sendEncrypted(roomId, null, WireKeys.content(message), List.of());
      return () -> session.request(id -> new DeviceSend(id, held), DeviceSendResult.class).join();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts over as someone who lost their device: a new key store, a new identity key published in
   * place of the old one, and a device signed by it.
   */
  public void resetKeys() {
    e2ee.close();
    SigningKeyPair identity = SigningKeyPair.generate();
    Path folder = nextStore();
    try {
      store(folder)
          .write(
              StoreFile.DEVICE,
              new DeviceKeys(
                  userId(),
                  "device-of-a-new-start-" + stores,
                  SigningKeyPair.generate(),
                  AgreementKeyPair.generate(),
                  identity));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    session.keys().replaceIdentityKey(Base64Url.encode(identity.publicKey()), "password123").join();
    e2ee = started(folder);
  }

  private List<String> members(String roomId) {
    return session
        .request(id -> new RoomMembers(id, roomId), MembersResult.class)
        .join()
        .members()
        .stream()
        .map(User::userId)
        .toList();
  }

  private EndToEnd started(Path folder) {
    try {
      EndToEnd started =
          new EndToEnd(session, folder, StoreKeys.forStore(folder, null), Clock.systemUTC());
      started.addListener(t -> read.put(t.messageId(), t.text()));
      if (started.start().join() != DeviceState.READY) {
        throw new AssertionError("the peer's device is not ready");
      }
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path nextStore() {
    return dir.resolve("crypto-" + ++stores).resolve("store");
  }

  private Path currentStore() {
    return dir.resolve("crypto-" + stores).resolve("store");
  }

  private static DeviceKeyStore store(Path folder) throws IOException {
    return DeviceKeyStore.open(folder, StoreKeys.forStore(folder, null));
  }

  @Override
  public void close() {
    e2ee.close();
    session.close();
  }
}
