package chat.server.auth;

import chat.protocol.model.AuditAction;
import chat.server.error.ChatException;
import chat.server.store.TwoFactorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether every account must sign in with a second factor: off until an admin turns it on, kept in
 * the store so every node reads the same on each login. It counts at the next login: sessions
 * already open stay open. Each change is recorded in the {@link AuditLog}.
 */
public final class TwoFactorRequirement {

  private static final Logger log = LoggerFactory.getLogger(TwoFactorRequirement.class);

  private final TwoFactorStore store;
  private final AdminGate gate;
  private final AuditLog audit;

  TwoFactorRequirement(TwoFactorStore store, AdminGate gate, AuditLog audit) {
    this.store = store;
    this.gate = gate;
    this.audit = audit;
  }

  /** Whether two-factor sign-in is required now. */
  boolean required() {
    return store.required().orElse(false);
  }

  /**
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin
   */
  public boolean required(AuthenticatedUser caller) {
    gate.requireAdmin(caller);
    return required();
  }

  /**
   * Sets the requirement for every node.
   *
   * @param address the caller's address, as the edge resolved it, for the audit log
   * @throws ChatException {@code FORBIDDEN} for a caller who is no admin
   */
  public boolean change(AuthenticatedUser caller, String address, boolean required) {
    gate.requireAdmin(caller);
    store.setRequired(required);
    log.info("user {} set two-factor sign-in required: {}", caller.userId(), required);
    audit.record(
        AuditAction.TWO_FACTOR_REQUIREMENT_CHANGED,
        caller.userId(),
        null,
        required ? "required" : "optional",
        address);
    return required;
  }
}
