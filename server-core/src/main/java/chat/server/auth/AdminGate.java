package chat.server.auth;

import chat.protocol.model.ServerRole;
import chat.server.error.ChatException;
import chat.server.store.UserStore;

/**
 * The check in front of every admin call: the caller's role, read from the store on each call so
 * that a role taken away counts at once on every node.
 */
final class AdminGate {

  private final UserStore users;

  AdminGate(UserStore users) {
    this.users = users;
  }

  /**
   * The caller's role, which must administer.
   *
   * @throws ChatException {@code FORBIDDEN} for a member; {@code UNAUTHORIZED} for a user gone
   */
  ServerRole requireAdmin(AuthenticatedUser caller) {
    ServerRole role =
        users
            .findById(caller.userId())
            .orElseThrow(() -> ChatException.unauthorized("unknown user"))
            .role();
    if (!role.administers()) {
      throw ChatException.forbidden("admins only");
    }
    return role;
  }
}
