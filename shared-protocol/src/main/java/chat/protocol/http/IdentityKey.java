package chat.protocol.http;

/** The answer of {@code PUT /api/keys/identity}: the caller's identity key as it now is. */
public record IdentityKey(String identityKey) {}
