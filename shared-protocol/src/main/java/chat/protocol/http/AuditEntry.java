package chat.protocol.http;

import chat.protocol.model.AuditAction;

/**
 * One entry of the audit log: {@code id} orders entries (a larger one is newer) and pages them;
 * {@code at} is epoch milliseconds. {@code actorId}, {@code target}, {@code detail} and {@code
 * address} are left out when they do not apply (a sign-in burst has no actor).
 */
public record AuditEntry(
    long id,
    long at,
    AuditAction action,
    String actorId,
    String target,
    String detail,
    String address) {}
