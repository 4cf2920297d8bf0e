package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an audit log entry records. The server's own administration records the first group; room
 * moderation records the second.
 */
public enum AuditAction {
  /** The owner named an admin or made one a member again; {@code detail} is the new role. */
  @JsonProperty("role_changed")
  ROLE_CHANGED,
  @JsonProperty("account_deactivated")
  ACCOUNT_DEACTIVATED,
  @JsonProperty("account_reactivated")
  ACCOUNT_REACTIVATED,
  /** An admin set a temporary password; the account must change it at its next login. */
  @JsonProperty("password_reset")
  PASSWORD_RESET,
  /** {@code detail} is the new mode. */
  @JsonProperty("registration_mode_changed")
  REGISTRATION_MODE_CHANGED,
  /** {@code target} is the invite's code. */
  @JsonProperty("invite_created")
  INVITE_CREATED,
  /** {@code target} is the invite's code. */
  @JsonProperty("invite_revoked")
  INVITE_REVOKED,
  /**
   * Sign-in attempts started being refused for a name at an address, or for an address; one entry
   * per burst, not per attempt. There is no actor; {@code target} is the name tried, if any.
   */
  @JsonProperty("sign_in_burst")
  SIGN_IN_BURST,
  @JsonProperty("message_removed")
  MESSAGE_REMOVED,
  @JsonProperty("member_kicked")
  MEMBER_KICKED,
  @JsonProperty("member_banned")
  MEMBER_BANNED,
  @JsonProperty("member_unbanned")
  MEMBER_UNBANNED,
  @JsonProperty("member_muted")
  MEMBER_MUTED,
  @JsonProperty("member_unmuted")
  MEMBER_UNMUTED,
  @JsonProperty("room_role_changed")
  ROOM_ROLE_CHANGED,
  @JsonProperty("slow_mode_changed")
  SLOW_MODE_CHANGED
}
