package chat.client.e2ee;

import chat.client.crypto.AgreementKeyPair;
import chat.client.crypto.SigningKeyPair;
import chat.client.crypto.store.DeviceKeyStore;
import chat.client.crypto.store.DeviceKeys;
import chat.client.crypto.store.StoreFile;
import chat.client.net.Keys;
import chat.protocol.Base64Url;
import chat.protocol.http.UserKeys;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Sets this app's device up on sign-in: the device in the key store (made on first use), the user's
 * identity key (made and published here when the user has none yet) and the device record signed by
 * it. A device whose user's identity key is held elsewhere registers nothing.
 */
final class DeviceBootstrap {

  private static final int DEVICE_ID_BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Keys keys;
  private final DeviceKeyStore store;

  DeviceBootstrap(Keys keys, DeviceKeyStore store) {
    this.keys = keys;
    this.store = store;
  }

  /** The device as it now is, and whether it is registered; blocks on the server's answers. */
  Setup run(String userId) throws IOException {
    DeviceKeys device = store.read(StoreFile.DEVICE).orElse(null);
    if (device != null && !device.userId().equals(userId)) {
      throw new IllegalStateException(
          "this key store holds another user's device: each user needs a store of their own");
    }
    if (device == null) {
      device = newDevice(userId);
      store.write(StoreFile.DEVICE, device);
    }
    UserKeys published = keys.query(List.of(userId)).join().getFirst();
    if (published.identityKey() == null) {
      if (device.identity() == null) {
        device = withIdentity(device, SigningKeyPair.generate());
        store.write(StoreFile.DEVICE, device);
      }
      keys.setIdentityKey(Base64Url.encode(device.identity().publicKey())).join();
    } else if (device.identity() == null
        || !Arrays.equals(device.identity().publicKey(), WireKeys.bytes(published.identityKey()))) {
      return new Setup(device, DeviceState.NEEDS_IDENTITY);
    }
    keys.registerDevice(WireKeys.deviceRecord(device)).join();
    return new Setup(device, DeviceState.READY);
  }

  /**
   * Gives {@code device} the user's identity key, read from the key backup, keeps it in the store
   * and registers the device signed by it; empty, with nothing changed, when {@code identity} is
   * not the identity key the user publishes.
   */
  Optional<DeviceKeys> adopt(DeviceKeys device, SigningKeyPair identity) throws IOException {
    UserKeys published = keys.query(List.of(device.userId())).join().getFirst();
    if (published.identityKey() == null
        || !Arrays.equals(identity.publicKey(), WireKeys.bytes(published.identityKey()))) {
      return Optional.empty();
    }
    DeviceKeys adopted = withIdentity(device, identity);
    store.write(StoreFile.DEVICE, adopted);
    keys.registerDevice(WireKeys.deviceRecord(adopted)).join();
    return Optional.of(adopted);
  }

  /**
   * Makes a new identity key for the user in place of the one published, with the account's
   * password (the server then drops every device of the user), keeps it once the server took it,
   * and registers {@code device} signed by it.
   */
  DeviceKeys replaceIdentity(DeviceKeys device, String password) throws IOException {
    DeviceKeys replaced = withIdentity(device, SigningKeyPair.generate());
    keys.replaceIdentityKey(Base64Url.encode(replaced.identity().publicKey()), password).join();
    store.write(StoreFile.DEVICE, replaced);
    keys.registerDevice(WireKeys.deviceRecord(replaced)).join();
    return replaced;
  }

  /** This device's keys and where it stands. */
  record Setup(DeviceKeys device, DeviceState state) {}

  private static DeviceKeys newDevice(String userId) {
    byte[] id = new byte[DEVICE_ID_BYTES];
    RANDOM.nextBytes(id);
    return new DeviceKeys(
        userId, Base64Url.encode(id), SigningKeyPair.generate(), AgreementKeyPair.generate(), null);
  }

  private static DeviceKeys withIdentity(DeviceKeys device, SigningKeyPair identity) {
    return new DeviceKeys(
        device.userId(), device.deviceId(), device.signing(), device.agreement(), identity);
  }
}
