package chat.protocol.http;

import chat.protocol.Require;
import chat.protocol.model.ServerRole;

/**
 * The body of {@code PUT /api/admin/accounts/{userId}/role}: {@code admin} or {@code member}. There
 * is one owner, chosen at the first registration, so {@code owner} is refused.
 */
public record RoleChange(ServerRole role) {

  public RoleChange {
    Require.present(role, "role");
    if (role == ServerRole.OWNER) {
      throw Require.invalid("role", "role must be admin or member");
    }
  }
}
