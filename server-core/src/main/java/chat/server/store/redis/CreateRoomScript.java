package chat.server.store.redis;

import chat.server.store.MemberRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code create-room.lua}: stores a room unless it exists and adds the members not in it yet, as
 * one step under the room's hash tag.
 */
final class CreateRoomScript {

  /** The stored room's creation time (the first writer's), and who this call made members. */
  record Outcome(long createdAt, List<String> added) {}

  private final LuaScript script = LuaScript.load("create-room.lua");

  /**
   * @param fields the room's hash, written only if the room does not exist yet
   * @param members user id → role, in the order roles should be given
   */
  Outcome create(
      Redis redis, String roomId, Map<String, String> fields, Map<String, MemberRole> members) {
    List<String> args = new ArrayList<>();
    args.add(Integer.toString(fields.size() * 2));
    fields.forEach(
        (field, value) -> {
          args.add(field);
          args.add(value);
        });
    members.forEach(
        (userId, role) -> {
          args.add(userId);
          args.add(role.name());
        });
    List<?> reply =
        (List<?>)
            script.run(
                redis, List.of(RedisKeys.roomInfo(roomId), RedisKeys.roomMembers(roomId)), args);
    List<String> added = ((List<?>) reply.get(1)).stream().map(String.class::cast).toList();
    return new Outcome(Long.parseLong((String) reply.get(0)), added);
  }
}
