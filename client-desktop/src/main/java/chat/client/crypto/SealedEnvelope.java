package chat.client.crypto;

/**
 * An envelope as it travels ({@code {"v":1,"enc":…,"ciphertext":…}} on the wire): the HPKE
 * encapsulated key and the ciphertext of {@code LP(payload, sig)}.
 */
public record SealedEnvelope(byte[] enc, byte[] ciphertext) {}
