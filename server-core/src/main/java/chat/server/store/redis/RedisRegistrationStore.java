package chat.server.store.redis;

import chat.protocol.http.Invite;
import chat.protocol.model.RegistrationMode;
import chat.server.store.InviteUse;
import chat.server.store.RegistrationStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mode in {@link RedisKeys#registrationMode}; each invite in a hash under {@code {invites}},
 * indexed by age beside it and written with its index in one transaction. {@link InviteScripts}
 * take and give back uses atomically.
 */
final class RedisRegistrationStore implements RegistrationStore {

  private final Redis redis;
  private final InviteScripts scripts = new InviteScripts();

  RedisRegistrationStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<RegistrationMode> mode() {
    String mode =
        redis.call("registration mode", jedis -> jedis.get(AccessKeys.registrationMode()));
    return Optional.ofNullable(mode).map(RegistrationMode::valueOf);
  }

  @Override
  public void setMode(RegistrationMode mode) {
    redis.call(
        "set registration mode", jedis -> jedis.set(AccessKeys.registrationMode(), mode.name()));
  }

  @Override
  public void insertInvite(Invite invite) {
    Map<String, String> fields =
        new HashMap<>(
            Map.of(
                "code", invite.code(),
                "createdBy", invite.createdBy(),
                "createdAt", Long.toString(invite.createdAt()),
                "expiresAt", Long.toString(invite.expiresAt()),
                "maxUses", Integer.toString(invite.maxUses()),
                "used", Integer.toString(invite.used())));
    if (invite.roomId() != null) {
      fields.put("roomId", invite.roomId());
    }
    redis.atomically(
        "insert invite",
        AccessKeys.invitesByAge(),
        transaction -> {
          transaction.hset(AccessKeys.invite(invite.code()), fields);
          transaction.zadd(AccessKeys.invitesByAge(), invite.createdAt(), invite.code());
          if (invite.roomId() != null) {
            transaction.zadd(
                AccessKeys.invitesOfRoom(invite.roomId()), invite.createdAt(), invite.code());
          }
        });
  }

  @Override
  public List<Invite> invites(int limit) {
    return newest(AccessKeys.invitesByAge(), limit);
  }

  @Override
  public List<Invite> invitesOfRoom(String roomId, int limit) {
    return newest(AccessKeys.invitesOfRoom(roomId), limit);
  }

  /** The invites an index lists, newest first; an entry whose hash is gone is skipped. */
  private List<Invite> newest(String index, int limit) {
    List<String> codes = redis.call("list invites", jedis -> jedis.zrevrange(index, 0, limit - 1));
    return redis.hashes("load invites", codes.stream().map(AccessKeys::invite).toList()).stream()
        .filter(hash -> !hash.isEmpty())
        .map(RedisRegistrationStore::invite)
        .toList();
  }

  @Override
  public Optional<Invite> invite(String code) {
    Map<String, String> hash =
        redis.call("load invite", jedis -> jedis.hgetAll(AccessKeys.invite(code)));
    return hash.isEmpty() ? Optional.empty() : Optional.of(invite(hash));
  }

  /**
   * The hash first, then its index entries: {@link #invites} skips an entry whose hash is gone. The
   * room is read before, to find the room's index.
   */
  @Override
  public boolean revokeInvite(String code) {
    String roomId =
        redis.call("find invite's room", jedis -> jedis.hget(AccessKeys.invite(code), "roomId"));
    if (redis.call("revoke invite", jedis -> jedis.del(AccessKeys.invite(code))) == 0) {
      return false;
    }
    redis.call("unlist invite", jedis -> jedis.zrem(AccessKeys.invitesByAge(), code));
    if (roomId != null) {
      redis.call("unlist room invite", jedis -> jedis.zrem(AccessKeys.invitesOfRoom(roomId), code));
    }
    return true;
  }

  @Override
  public InviteUse useInvite(String code, long now) {
    return scripts.use(redis, code, now);
  }

  @Override
  public void returnInvite(String code) {
    scripts.giveBack(redis, code);
  }

  private static Invite invite(Map<String, String> hash) {
    return new Invite(
        hash.get("code"),
        hash.get("createdBy"),
        Long.parseLong(hash.get("createdAt")),
        Long.parseLong(hash.get("expiresAt")),
        Integer.parseInt(hash.get("maxUses")),
        Integer.parseInt(hash.get("used")),
        hash.get("roomId"));
  }
}
