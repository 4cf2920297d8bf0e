package chat.protocol.http;

/**
 * An invite to register: its {@code code} (what a newcomer sends), who made it and when, when it
 * expires (epoch milliseconds), and how many of its {@code maxUses} are {@code used}.
 */
public record Invite(
    String code, String createdBy, long createdAt, long expiresAt, int maxUses, int used) {}
