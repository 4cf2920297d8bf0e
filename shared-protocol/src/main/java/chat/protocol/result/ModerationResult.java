package chat.protocol.result;

import chat.protocol.model.MemberStanding;
import chat.protocol.model.RoomBanEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The result of {@code room.moderation}: every member's role and mute, the slow-mode interval (0:
 * off), and the bans in force, which only moderators and the owner see (null, left out, for a plain
 * member).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModerationResult(
    String roomId, int slowModeSeconds, List<MemberStanding> members, List<RoomBanEntry> bans) {}
