package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An account's standing on the whole server, above any room. Each role may act only on accounts
 * ranked below it: the owner on admins and members, admins on members.
 */
public enum ServerRole {
  /** The first account registered on the server; there is exactly one, and it never changes. */
  @JsonProperty("owner")
  OWNER,
  /** Named by the owner: lists, deactivates and reactivates accounts. */
  @JsonProperty("admin")
  ADMIN,
  @JsonProperty("member")
  MEMBER;

  /** Whether this role may administer the server at all. */
  public boolean administers() {
    return switch (this) {
      case OWNER, ADMIN -> true;
      case MEMBER -> false;
    };
  }

  /** Whether an account of this role may act on one of {@code target}'s. */
  public boolean outranks(ServerRole target) {
    return rank() > target.rank();
  }

  private int rank() {
    return switch (this) {
      case OWNER -> 2;
      case ADMIN -> 1;
      case MEMBER -> 0;
    };
  }
}
