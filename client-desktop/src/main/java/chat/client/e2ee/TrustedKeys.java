package chat.client.e2ee;

import chat.client.crypto.DeviceAddress;
import chat.client.crypto.DeviceRecord;
import chat.client.crypto.store.DeviceKeyStore;
import chat.client.crypto.store.StoreFile;
import chat.client.crypto.store.TrustedIdentity;
import chat.protocol.http.UserKeys;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trust on first use: the first identity key seen for a user is trusted and kept in the key store;
 * a device is used only when its record verifies under that key. A different identity key later is
 * held as changed, and that user's devices are used for nothing until {@link #accept}. A key
 * verified with the short code stays verified, whatever devices come and go, until it changes. Not
 * thread-safe: {@link EndToEnd} calls it from its one worker.
 */
final class TrustedKeys {

  private final DeviceKeyStore store;
  private final Clock clock;
  private final Map<String, TrustedIdentity> identities;
  private final Map<String, byte[]> changed = new HashMap<>();
  private final Map<DeviceAddress, DeviceRecord> devices = new HashMap<>();

  TrustedKeys(DeviceKeyStore store, Clock clock) throws IOException {
    this.store = store;
    this.clock = clock;
    this.identities = new HashMap<>(store.read(StoreFile.IDENTITIES).orElse(Map.of()));
  }

  /**
   * The devices of {@code keys} whose records verify under the identity key trusted for the user,
   * trusting it now if none was; none while the user's identity key is unknown or changed.
   */
  List<DeviceRecord> trustedDevices(UserKeys keys) throws IOException {
    devices.keySet().removeIf(address -> address.userId().equals(keys.userId()));
    if (keys.identityKey() == null) {
      return List.of();
    }
    byte[] identityKey = WireKeys.bytes(keys.identityKey());
    TrustedIdentity trusted = identities.get(keys.userId());
    if (trusted == null) {
      trust(keys.userId(), identityKey);
    } else if (!Arrays.equals(trusted.publicKey(), identityKey)) {
      changed.put(keys.userId(), identityKey);
      return List.of();
    } else {
      changed.remove(keys.userId());
    }
    List<DeviceRecord> verified = new ArrayList<>();
    for (chat.protocol.http.DeviceKeys device : keys.devices()) {
      DeviceRecord record = WireKeys.record(keys.userId(), device);
      if (record.verify(identityKey, WireKeys.bytes(device.signature()))) {
        verified.add(record);
        devices.put(record.address(), record);
      }
    }
    return verified;
  }

  /** A device verified by the last query of its user's keys. */
  Optional<DeviceRecord> device(DeviceAddress address) {
    return Optional.ofNullable(devices.get(address));
  }

  /** The users whose identity key is not the one trusted for them, until accepted. */
  Set<String> changedIdentities() {
    return Set.copyOf(changed.keySet());
  }

  /** The changes, each saying whether the key it replaces was verified. */
  List<IdentityChange> identityChanges() {
    return changed.keySet().stream()
        .sorted()
        .map(userId -> new IdentityChange(userId, identities.get(userId).verified()))
        .toList();
  }

  /** The identity key trusted for {@code userId}, unless none is or it changed since. */
  Optional<byte[]> identityKey(String userId) {
    TrustedIdentity trusted = identities.get(userId);
    return trusted == null || changed.containsKey(userId)
        ? Optional.empty()
        : Optional.of(trusted.publicKey());
  }

  /** Whether the identity key trusted for {@code userId} was verified and has not changed since. */
  boolean isVerified(String userId) {
    TrustedIdentity trusted = identities.get(userId);
    return trusted != null && trusted.verified() && !changed.containsKey(userId);
  }

  /** The users {@link #isVerified}. */
  Set<String> verifiedUsers() {
    return identities.keySet().stream().filter(this::isVerified).collect(Collectors.toSet());
  }

  /**
   * Marks {@code identityKey} of {@code userId} verified, and keeps that in the store; nothing when
   * it is no longer the key trusted for them.
   */
  void markVerified(String userId, byte[] identityKey) throws IOException {
    TrustedIdentity trusted = identities.get(userId);
    if (trusted != null && Arrays.equals(trusted.publicKey(), identityKey)) {
      identities.put(userId, new TrustedIdentity(identityKey, true, trusted.firstSeen()));
      store.write(StoreFile.IDENTITIES, identities);
    }
  }

  /** Trusts the changed identity key of {@code userId} in place of the earlier one. */
  void accept(String userId) throws IOException {
    byte[] identityKey = changed.remove(userId);
    if (identityKey != null) {
      trust(userId, identityKey);
    }
  }

  private void trust(String userId, byte[] identityKey) throws IOException {
    identities.put(userId, new TrustedIdentity(identityKey, false, clock.instant()));
    store.write(StoreFile.IDENTITIES, identities);
  }
}
