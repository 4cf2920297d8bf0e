package chat.client.e2ee;

/**
 * A contact whose identity key is not the one this device trusts for them, until {@link
 * EndToEnd#accept}ed.
 *
 * @param wasVerified whether the key it replaces was verified with the short code: a changed key of
 *     a verified contact deserves a louder warning
 */
public record IdentityChange(String userId, boolean wasVerified) {}
