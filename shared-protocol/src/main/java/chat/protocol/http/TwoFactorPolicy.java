package chat.protocol.http;

/**
 * The body and answer of {@code /api/admin/two-factor}: whether every account must sign in with a
 * second factor.
 */
public record TwoFactorPolicy(boolean required) {}
