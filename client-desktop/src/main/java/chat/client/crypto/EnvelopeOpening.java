package chat.client.crypto;

/** What opening an envelope gave: its payload, or why there is none. */
public sealed interface EnvelopeOpening {

  /** Sealed to this device by the device it names, as sent. */
  record Opened(byte[] payload) implements EnvelopeOpening {}

  /**
   * HPKE did not open it: sealed to another device (or for another recipient's {@code info}),
   * altered on the way, or not an envelope at all.
   */
  record Unreadable() implements EnvelopeOpening {}

  /**
   * It opened, but its signature is not the named sender device's over this encapsulation, this
   * recipient and this payload: someone else sealed it, or re-wrapped another device's payload.
   */
  record BadSignature() implements EnvelopeOpening {}
}
