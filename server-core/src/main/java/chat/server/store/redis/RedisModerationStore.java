package chat.server.store.redis;

import chat.server.store.MemberRole;
import chat.server.store.ModerationStore;
import chat.server.store.PostCheck;
import chat.server.store.RoomBan;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Moderation under each room's tag ({@link ModerationKeys}); roles are the values of {@link
 * RedisKeys#roomMembers}. Steps that read before they write are scripts ({@link
 * ModerationScripts}); lifting a ban or mute reads and then deletes, where a race only changes
 * which of two callers is told it lifted it.
 */
final class RedisModerationStore implements ModerationStore {

  private static final String FOR_GOOD = "-";

  private final Redis redis;
  private final ModerationScripts scripts = new ModerationScripts();

  RedisModerationStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public Map<String, MemberRole> roles(String roomId) {
    Map<String, MemberRole> roles = new TreeMap<>();
    redis
        .call("read roles", jedis -> jedis.hgetAll(RedisKeys.roomMembers(roomId)))
        .forEach((userId, role) -> roles.put(userId, MemberRole.valueOf(role)));
    return roles;
  }

  @Override
  public boolean setRole(String roomId, String userId, MemberRole role) {
    return scripts.setRole(redis, roomId, userId, role);
  }

  @Override
  public boolean transferOwnership(String roomId, String fromUserId, String toUserId) {
    return scripts.transfer(redis, roomId, fromUserId, toUserId);
  }

  @Override
  public void ban(String roomId, RoomBan ban) {
    String value =
        ban.bannedAt()
            + ":"
            + (ban.until() == null ? FOR_GOOD : Long.toString(ban.until()))
            + ":"
            + ban.bannedBy();
    redis.call("ban", jedis -> jedis.hset(ModerationKeys.bans(roomId), ban.userId(), value));
  }

  @Override
  public boolean unban(String roomId, String userId, long now) {
    boolean inForce = ban(roomId, userId, now).isPresent();
    redis.call("unban", jedis -> jedis.hdel(ModerationKeys.bans(roomId), userId));
    return inForce;
  }

  @Override
  public Optional<RoomBan> ban(String roomId, String userId, long now) {
    String value = redis.call("read ban", jedis -> jedis.hget(ModerationKeys.bans(roomId), userId));
    return Optional.ofNullable(value).map(v -> ban(userId, v)).filter(ban -> ban.inForceAt(now));
  }

  @Override
  public List<RoomBan> bans(String roomId, long now) {
    Map<String, String> all =
        redis.call("read bans", jedis -> jedis.hgetAll(ModerationKeys.bans(roomId)));
    return new TreeMap<>(all)
        .entrySet().stream()
            .map(entry -> ban(entry.getKey(), entry.getValue()))
            .filter(ban -> ban.inForceAt(now))
            .sorted(Comparator.comparingLong(RoomBan::bannedAt).reversed())
            .toList();
  }

  @Override
  public void mute(String roomId, String userId, long until) {
    redis.call(
        "mute", jedis -> jedis.hset(ModerationKeys.mutes(roomId), userId, Long.toString(until)));
  }

  @Override
  public boolean unmute(String roomId, String userId, long now) {
    boolean inForce = mutedUntil(roomId, userId, now).isPresent();
    redis.call("unmute", jedis -> jedis.hdel(ModerationKeys.mutes(roomId), userId));
    return inForce;
  }

  @Override
  public Optional<Long> mutedUntil(String roomId, String userId, long now) {
    String until =
        redis.call("read mute", jedis -> jedis.hget(ModerationKeys.mutes(roomId), userId));
    return Optional.ofNullable(until).map(Long::parseLong).filter(end -> end > now);
  }

  @Override
  public Map<String, Long> mutes(String roomId, long now) {
    Map<String, String> all =
        redis.call("read mutes", jedis -> jedis.hgetAll(ModerationKeys.mutes(roomId)));
    Map<String, Long> inForce = new LinkedHashMap<>();
    new TreeMap<>(all)
        .forEach(
            (userId, until) -> {
              if (Long.parseLong(until) > now) {
                inForce.put(userId, Long.parseLong(until));
              }
            });
    return inForce;
  }

  @Override
  public void setSlowMode(String roomId, int seconds) {
    redis.call(
        "set slow mode",
        jedis -> jedis.set(ModerationKeys.slowMode(roomId), Integer.toString(seconds)));
  }

  @Override
  public int slowMode(String roomId) {
    String seconds =
        redis.call("read slow mode", jedis -> jedis.get(ModerationKeys.slowMode(roomId)));
    return seconds == null ? 0 : Integer.parseInt(seconds);
  }

  @Override
  public PostCheck claimPost(String roomId, String userId, String clientMsgId, long now) {
    return scripts.claimPost(redis, roomId, userId, clientMsgId, now);
  }

  /** A ban from its stored {@code bannedAt:until:bannedBy}. */
  private static RoomBan ban(String userId, String value) {
    String[] parts = value.split(":", 3);
    return new RoomBan(
        userId,
        parts[2],
        Long.parseLong(parts[0]),
        parts[1].equals(FOR_GOOD) ? null : Long.parseLong(parts[1]));
  }
}
