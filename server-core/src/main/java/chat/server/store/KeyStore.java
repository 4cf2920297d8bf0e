package chat.server.store;

import java.util.List;
import java.util.Optional;

/**
 * The public keys of end-to-end encryption (docs/E2EE.md): each user's identity key and their
 * devices, one per session. A device id is unique on the server: it names one device of one
 * session. The store checks no signature; the service has, before a device reaches it.
 */
public interface KeyStore {

  /** What {@link #putDevice} did. */
  enum DeviceClaim {
    /** Stored, in place of the session's earlier device if it had one. */
    STORED,
    /** The id is another session's device: nothing changed. */
    TAKEN
  }

  Optional<String> identityKey(String userId);

  /**
   * Sets the user's identity key unless they have one.
   *
   * @return the identity key the user has now: {@code identityKey}, or the one they had
   */
  String setIdentityKeyIfAbsent(String userId, String identityKey);

  /**
   * Replaces the user's identity key and removes every device of theirs (their records were signed
   * by the old key), each with its inbox ({@link DeviceInboxStore}).
   *
   * @return the devices removed
   */
  List<StoredDevice> replaceIdentityKey(String userId, String identityKey);

  /**
   * Registers the device of its session: a session has one device, so an earlier device of the same
   * session is removed when the id differs, and replaced when it is the same.
   */
  DeviceClaim putDevice(StoredDevice device);

  /**
   * Removes the device of the session, with its inbox, when the session ends.
   *
   * @return the device removed; empty when the session had none
   */
  Optional<StoredDevice> removeDeviceOfSession(String sessionId);

  /** The device of the session, if it registered one. */
  Optional<StoredDevice> deviceOfSession(String sessionId);

  /** The user's devices, in no particular order. */
  List<StoredDevice> devices(String userId);

  /** The device of this id, whoever's it is. */
  Optional<StoredDevice> device(String deviceId);
}
