package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What an audit log entry records; on the wire, the name in lower case ({@code role_changed}). The
 * server's own administration records the first group; room moderation the second.
 */
public enum AuditAction {
  /** The owner named an admin or made one a member again; {@code detail} is the new role. */
  ROLE_CHANGED,
  ACCOUNT_DEACTIVATED,
  ACCOUNT_REACTIVATED,
  /** An admin set a temporary password; the account must change it at its next login. */
  PASSWORD_RESET,
  /** {@code detail} is the new mode. */
  REGISTRATION_MODE_CHANGED,
  /** {@code target} is the invite's code; {@code detail} the room of a room invite. */
  INVITE_CREATED,
  /** {@code target} is the invite's code. */
  INVITE_REVOKED,
  /**
   * Sign-in attempts started being refused for a name at an address, or for an address; one entry
   * per burst, not per attempt. There is no actor; {@code target} is the name tried, if any.
   */
  SIGN_IN_BURST,
  /**
   * An admin turned two-factor sign-in for every account on or off; {@code detail} is {@code
   * required} or {@code optional}.
   */
  TWO_FACTOR_REQUIREMENT_CHANGED,
  MESSAGE_REMOVED,
  MEMBER_KICKED,
  MEMBER_BANNED,
  MEMBER_UNBANNED,
  MEMBER_MUTED,
  MEMBER_UNMUTED,
  ROOM_ROLE_CHANGED,
  SLOW_MODE_CHANGED;

  /** The name on the wire, which decoding reads back too. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
