package chat.server.store.redis;

import chat.server.store.MemberRole;
import chat.server.store.PostCheck;
import java.util.List;

/**
 * The atomic steps of {@link RedisModerationStore}, each a script over keys of one room's tag: a
 * role change ({@code set-room-role.lua}), a handover ({@code transfer-ownership.lua}) and the
 * check of a post against mutes and slow mode ({@code claim-post.lua}).
 */
final class ModerationScripts {

  private final LuaScript setRole = LuaScript.load("set-room-role.lua");
  private final LuaScript transfer = LuaScript.load("transfer-ownership.lua");
  private final LuaScript claimPost = LuaScript.load("claim-post.lua");

  /** Whether the member, not the owner, now has {@code role}. */
  boolean setRole(Redis redis, String roomId, String userId, MemberRole role) {
    return setRole.runForYes(
        redis, List.of(RedisKeys.roomMembers(roomId)), List.of(userId, role.name()));
  }

  /** Whether the room passed from its owner {@code from} to its member {@code to}. */
  boolean transfer(Redis redis, String roomId, String from, String to) {
    return transfer.runForYes(redis, List.of(RedisKeys.roomMembers(roomId)), List.of(from, to));
  }

  PostCheck claimPost(Redis redis, String roomId, String userId, String clientMsgId, long now) {
    List<?> reply =
        (List<?>)
            claimPost.run(
                redis,
                List.of(
                    ModerationKeys.mutes(roomId),
                    ModerationKeys.slowMode(roomId),
                    RedisKeys.roomMembers(roomId),
                    ModerationKeys.posts(roomId)),
                List.of(userId, clientMsgId, Long.toString(now)));
    return new PostCheck((Long) reply.get(0), (Long) reply.get(1));
  }
}
