package chat.client.e2ee;

/** Where this app's device stands with end-to-end encryption after signing in. */
public enum DeviceState {
  /** Its device is registered, signed by the identity key this device holds. */
  READY,
  /**
   * The user's identity key lives on another device and not here: nothing is registered until it is
   * brought here (the recovery key, or another device of the user).
   */
  NEEDS_IDENTITY
}
