package chat.protocol.server;

import chat.protocol.model.ModerationAction;
import chat.protocol.model.RoomRole;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A moderator or the owner changed a member's standing. Sent to the room's members and to the user
 * concerned, who thus learns of a kick or ban that took them out of the room. {@code role} is the
 * user's role afterwards, null when they are no longer a member; {@code until} (epoch ms) ends a
 * mute or a timed ban, and is null otherwise (a ban for good has none).
 */
@JsonTypeName("member.updated")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberUpdated(
    String roomId,
    String userId,
    ModerationAction action,
    RoomRole role,
    Long until,
    String byUserId)
    implements ServerFrame {}
