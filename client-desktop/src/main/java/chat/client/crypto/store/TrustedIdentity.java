package chat.client.crypto.store;

import java.time.Instant;

/**
 * The identity key this device trusts for one user: the first it saw (trust on first use) or one
 * the person accepted since, and whether it was verified with the short code.
 *
 * @param publicKey the user's {@code IK.pub}, 32 bytes
 * @param firstSeen when this device first trusted this key
 */
public record TrustedIdentity(byte[] publicKey, boolean verified, Instant firstSeen) {}
