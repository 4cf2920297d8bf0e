package chat.protocol.http;

/**
 * The answer to {@code GET /api/auth/2fa}: whether the caller's account has two-factor sign-in on,
 * how many unused recovery codes it has left, and whether the server requires it of every account.
 */
public record TwoFactorStatus(boolean enabled, int recoveryCodesLeft, boolean required) {}
