package chat.server.chat;

import chat.protocol.http.DeviceKeys;
import chat.protocol.http.KeysQueryResult;
import chat.protocol.http.UserKeys;
import chat.protocol.server.KeysChanged;
import chat.server.auth.AccountService;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.KeyStore;
import chat.server.store.SessionStore;
import chat.server.store.StorePorts;
import chat.server.store.StoredDevice;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public keys of end-to-end encryption (docs/E2EE.md): each user's identity key and the devices
 * of their sessions. Every change to a user's keys is told, as {@code keys.changed}, to them and to
 * everyone who shares a room with them (the people who may ask for those keys). A device lives as
 * long as its session: it is removed when the session is revoked (sign-out, "sign out everywhere",
 * an admin), which every node hears on the bus, and when a query finds its session expired.
 */
public final class KeyService {

  private final KeyStore keys;
  private final SessionStore sessions;
  private final EventBus events;
  private final PresenceService presence;
  private final AccountService accounts;
  private final Clock clock;

  public KeyService(
      StorePorts stores, PresenceService presence, AccountService accounts, Clock clock) {
    this.keys = stores.keys();
    this.sessions = stores.sessions();
    this.events = stores.events();
    this.presence = presence;
    this.accounts = accounts;
    this.clock = clock;
    events.subscribe(
        event -> {
          if (event instanceof BusEvent.SessionRevoked revoked) {
            // Off the bus's thread: removing a device is store work.
            Thread.ofVirtual().start(() -> sessionEnded(revoked.sessionId()));
          }
        });
  }

  /**
   * Sets the caller's identity key: the same key again changes nothing; a different one needs
   * {@code replace} and the password, and removes every device of the caller.
   *
   * @param password checked only when replacing
   * @throws ChatException {@code INVALID_INPUT} (field {@code replace}) for a different key without
   *     {@code replace}; {@code INVALID_CREDENTIALS} or {@code RATE_LIMITED} for the password
   */
  public String setIdentityKey(
      AuthenticatedUser caller, String identityKey, boolean replace, String password) {
    String userId = caller.userId();
    Optional<String> current = keys.identityKey(userId);
    if (current.isPresent() && current.get().equals(identityKey)) {
      return identityKey;
    }
    if (current.isEmpty() && keys.setIdentityKeyIfAbsent(userId, identityKey).equals(identityKey)) {
      changed(userId);
      return identityKey;
    }
    if (!replace) {
      throw ChatException.invalidInput(
          "replace", "a different identity key is set: replacing it needs replace and password");
    }
    accounts.confirmPassword(caller, password, caller.address());
    keys.replaceIdentityKey(userId, identityKey);
    changed(userId);
    return identityKey;
  }

  /**
   * Registers the device of the caller's session, in place of the session's earlier one.
   *
   * @throws ChatException {@code INVALID_INPUT}: field {@code signature} when it does not verify
   *     under the caller's identity key (or they have none yet), {@code deviceId} when another
   *     session's device has that id
   */
  public DeviceKeys registerDevice(AuthenticatedUser caller, DeviceKeys device) {
    String identityKey =
        keys.identityKey(caller.userId())
            .orElseThrow(
                () ->
                    ChatException.invalidInput(
                        "signature", "no identity key to check it with: set one first"));
    if (!DeviceSignature.verifies(identityKey, caller.userId(), device)) {
      throw ChatException.invalidInput(
          "signature", "the signature does not verify under your identity key");
    }
    StoredDevice stored = new StoredDevice(caller.userId(), caller.sessionId(), device);
    if (keys.putDevice(stored) == KeyStore.DeviceClaim.TAKEN) {
      throw ChatException.invalidInput("deviceId", "this device id is in use");
    }
    changed(caller.userId());
    return device;
  }

  /**
   * The keys of the asked users the caller may see (themself and everyone who shares a room with
   * them), in the order asked; the others are left out, as unknown ones are.
   */
  public KeysQueryResult query(AuthenticatedUser caller, List<String> userIds) {
    Set<String> visible = presence.visibleTo(caller.userId());
    List<UserKeys> found = new ArrayList<>();
    for (String userId : userIds.stream().distinct().filter(visible::contains).toList()) {
      List<DeviceKeys> devices = liveDevices(userId).stream().map(StoredDevice::keys).toList();
      found.add(new UserKeys(userId, keys.identityKey(userId).orElse(null), devices));
    }
    return new KeysQueryResult(found);
  }

  /** The user's devices whose sessions are live; those of ended sessions are removed on the way. */
  private List<StoredDevice> liveDevices(String userId) {
    long now = clock.millis();
    List<StoredDevice> live = new ArrayList<>();
    for (StoredDevice device : keys.devices(userId)) {
      boolean alive = sessions.find(device.sessionId()).filter(s -> s.isLive(now)).isPresent();
      if (alive) {
        live.add(device);
      } else {
        sessionEnded(device.sessionId());
      }
    }
    return live;
  }

  private void sessionEnded(String sessionId) {
    keys.removeDeviceOfSession(sessionId).ifPresent(device -> changed(device.userId()));
  }

  private void changed(String userId) {
    events.publish(new BusEvent.Delivery(presence.visibleTo(userId), new KeysChanged(userId)));
  }
}
