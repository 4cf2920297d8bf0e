package chat.server.store.redis;

import chat.protocol.http.Invite;
import chat.protocol.model.RegistrationMode;
import chat.server.store.InviteUse;
import chat.server.store.RegistrationStore;
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
    String mode = redis.call("registration mode", jedis -> jedis.get(RedisKeys.registrationMode()));
    return Optional.ofNullable(mode).map(RegistrationMode::valueOf);
  }

  @Override
  public void setMode(RegistrationMode mode) {
    redis.call(
        "set registration mode", jedis -> jedis.set(RedisKeys.registrationMode(), mode.name()));
  }

  @Override
  public void insertInvite(Invite invite) {
    redis.atomically(
        "insert invite",
        transaction -> {
          transaction.hset(
              RedisKeys.invite(invite.code()),
              Map.of(
                  "code", invite.code(),
                  "createdBy", invite.createdBy(),
                  "createdAt", Long.toString(invite.createdAt()),
                  "expiresAt", Long.toString(invite.expiresAt()),
                  "maxUses", Integer.toString(invite.maxUses()),
                  "used", Integer.toString(invite.used())));
          transaction.zadd(RedisKeys.invitesByAge(), invite.createdAt(), invite.code());
        });
  }

  @Override
  public List<Invite> invites(int limit) {
    List<String> codes =
        redis.call(
            "list invites", jedis -> jedis.zrevrange(RedisKeys.invitesByAge(), 0, limit - 1));
    return redis.hashes("load invites", codes.stream().map(RedisKeys::invite).toList()).stream()
        .filter(hash -> !hash.isEmpty())
        .map(
            hash ->
                new Invite(
                    hash.get("code"),
                    hash.get("createdBy"),
                    Long.parseLong(hash.get("createdAt")),
                    Long.parseLong(hash.get("expiresAt")),
                    Integer.parseInt(hash.get("maxUses")),
                    Integer.parseInt(hash.get("used"))))
        .toList();
  }

  @Override
  public InviteUse useInvite(String code, long now) {
    return scripts.use(redis, code, now);
  }

  @Override
  public void returnInvite(String code) {
    scripts.giveBack(redis, code);
  }
}
