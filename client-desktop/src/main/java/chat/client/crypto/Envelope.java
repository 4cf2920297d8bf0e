package chat.client.crypto;

import java.util.List;
import java.util.Optional;

/**
 * Device-to-device messages (room keys, verification steps): HPKE base mode to the recipient's
 * {@code DAK}, with
 *
 * <ul>
 *   <li>{@code info = LP("chat-envelope-v1", recipientUserId, recipientDeviceId)},
 *   <li>{@code aad = LP(senderUserId, senderDeviceId)},
 *   <li>plaintext {@code LP(payload, sig)}, {@code sig = Ed25519(DSK_sender,
 *       LP("chat-envelope-sig-v1", senderUserId, senderDeviceId, recipientUserId,
 *       recipientDeviceId, enc, payload))}.
 * </ul>
 *
 * <p>HPKE's base mode says nothing of who sealed; the signature does, and binds the payload to this
 * encapsulation and this recipient, so that an envelope cannot be replayed to another device or
 * re-wrapped by the server.
 */
public final class Envelope {

  static final String INFO_CONTEXT = "chat-envelope-v1";
  static final String SIGNATURE_CONTEXT = "chat-envelope-sig-v1";

  private Envelope() {}

  public static SealedEnvelope seal(
      DeviceAddress sender,
      SigningKeyPair senderSigningKey,
      DeviceAddress recipient,
      byte[] recipientAgreementKey,
      byte[] payload) {
    return seal(
        sender,
        senderSigningKey,
        recipient,
        Hpke.sender(recipientAgreementKey, info(recipient)),
        payload);
  }

  /** With the ephemeral key {@code DeriveKeyPair(ephemeralIkm)}: fixed bytes for fixed inputs. */
  static SealedEnvelope seal(
      DeviceAddress sender,
      SigningKeyPair senderSigningKey,
      DeviceAddress recipient,
      byte[] recipientAgreementKey,
      byte[] payload,
      byte[] ephemeralIkm) {
    return seal(
        sender,
        senderSigningKey,
        recipient,
        Hpke.sender(recipientAgreementKey, info(recipient), ephemeralIkm),
        payload);
  }

  private static SealedEnvelope seal(
      DeviceAddress sender,
      SigningKeyPair senderSigningKey,
      DeviceAddress recipient,
      Hpke.Sender hpke,
      byte[] payload) {
    byte[] enc = hpke.enc();
    byte[] sig =
        Ed25519.sign(senderSigningKey.seed(), signedBytes(sender, recipient, enc, payload));
    return new SealedEnvelope(enc, hpke.seal(aad(sender), Lp.of(payload, sig)));
  }

  /**
   * Opens an envelope sealed to {@code recipient} by the device {@code sender}, whose signing key
   * the caller took from a device record it trusts.
   */
  public static EnvelopeOpening open(
      DeviceAddress recipient,
      AgreementKeyPair recipientAgreementKey,
      DeviceAddress sender,
      byte[] senderSigningKey,
      SealedEnvelope envelope) {
    Optional<List<byte[]>> fields =
        Hpke.open(
                recipientAgreementKey,
                envelope.enc(),
                info(recipient),
                aad(sender),
                envelope.ciphertext())
            .flatMap(plaintext -> Lp.split(plaintext, 2));
    if (fields.isEmpty()) {
      return new EnvelopeOpening.Unreadable();
    }
    byte[] payload = fields.get().get(0);
    byte[] sig = fields.get().get(1);
    byte[] signed = signedBytes(sender, recipient, envelope.enc(), payload);
    return Ed25519.verify(senderSigningKey, signed, sig)
        ? new EnvelopeOpening.Opened(payload)
        : new EnvelopeOpening.BadSignature();
  }

  static byte[] info(DeviceAddress recipient) {
    return Lp.of(INFO_CONTEXT, recipient.userId(), recipient.deviceId());
  }

  static byte[] aad(DeviceAddress sender) {
    return Lp.of(sender.userId(), sender.deviceId());
  }

  private static byte[] signedBytes(
      DeviceAddress sender, DeviceAddress recipient, byte[] enc, byte[] payload) {
    return Lp.of(
        SIGNATURE_CONTEXT,
        sender.userId(),
        sender.deviceId(),
        recipient.userId(),
        recipient.deviceId(),
        enc,
        payload);
  }
}
