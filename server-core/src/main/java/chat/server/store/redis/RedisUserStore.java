package chat.server.store.redis;

import chat.protocol.model.ServerRole;
import chat.protocol.model.User;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.ZRangeParams;

/**
 * Users in a hash each ({@link RedisKeys#userInfo}; {@code displayName} only once chosen); names in
 * two indexes under {@code {users}}: the unique folded name → id hash and the sorted set of name
 * entries for prefix search, claimed together by {@link ClaimUsernameScript}.
 *
 * <p><b>Order of writes.</b> The user's hash (its own tag) cannot be written in the same atomic
 * step as the name indexes, so it is written first and the name claimed second: until the claim,
 * nothing refers to the new id, so no reader can see a half-registered user. If another user has
 * the name, the hash is deleted again; if this node dies in between, an unreferenced hash stays
 * behind under an id that nobody was ever given, which is harmless. A retried insert of a user
 * whose claim went through finds the name held by the same id and succeeds without undoing it.
 *
 * <p><b>Standing.</b> The owner, the admins and the deactivated accounts are kept beside the name
 * index under {@code {users}} ({@link RedisKeys#serverOwner} and the sets next to it): the claim of
 * the first name sets the owner in the same script, and {@link SetStandingScript} refuses to change
 * the owner in the step that reads who it is. A user is read with their standing in one pipeline.
 * Users are never deleted, so checking that one exists before changing their standing is safe.
 */
final class RedisUserStore implements UserStore {

  private final Redis redis;
  private final ClaimUsernameScript claimUsername = new ClaimUsernameScript();

  /** The user hash's field marking a temporary password; absent for a password of their own. */
  private static final String PASSWORD_CHANGE_REQUIRED = "passwordChangeRequired";

  private final HashCompareAndSetScript compareAndSet = new HashCompareAndSetScript();
  private final SetStandingScript setStanding = new SetStandingScript();
  private final MarkDeletedScript markDeleted = new MarkDeletedScript();

  RedisUserStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public boolean insert(UserAccount user) {
    String key = RedisKeys.userInfo(user.userId());
    redis.call("insert user", jedis -> jedis.hset(key, fields(user)));
    if (claimUsername.claim(redis, user.username(), user.userId())) {
      return true;
    }
    redis.call("undo insert user", jedis -> jedis.del(key));
    return false;
  }

  @Override
  public Optional<UserAccount> findById(String userId) {
    return load(List.of(userId)).stream().findFirst();
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    String userId =
        redis.call(
            "find user by name",
            jedis -> jedis.hget(RedisKeys.userIdsByName(), NameEntries.fold(username)));
    return userId == null ? Optional.empty() : findById(userId);
  }

  @Override
  public List<UserAccount> findByIds(Collection<String> userIds) {
    return load(List.copyOf(userIds));
  }

  /** A ZRANGE BYLEX over the name entries: a range scan, {@code O(log n + limit)}. */
  @Override
  public List<UserAccount> searchByPrefix(String prefix, int limit) {
    byte[][] range = NameEntries.prefixRange(prefix);
    List<byte[]> entries =
        redis.call(
            "search users",
            jedis ->
                jedis.zrange(
                    RedisKeys.userNames().getBytes(StandardCharsets.UTF_8),
                    ZRangeParams.zrangeByLexParams(range[0], range[1]).limit(0, limit)));
    return load(
        entries.stream()
            .map(entry -> NameEntries.idOfNameEntry(new String(entry, StandardCharsets.UTF_8)))
            .toList());
  }

  @Override
  public void updateLastSeen(String userId, long epochMillis) {
    setField(userId, "lastSeen", Long.toString(epochMillis));
  }

  @Override
  public boolean updateDisplayName(String userId, String displayName) {
    return setField(userId, "displayName", displayName);
  }

  @Override
  public boolean updatePasswordHash(String userId, String passwordHash) {
    if (!setField(userId, "passwordHash", passwordHash)) {
      return false;
    }
    redis.call(
        "clear password change",
        jedis -> jedis.hdel(RedisKeys.userInfo(userId), PASSWORD_CHANGE_REQUIRED));
    return true;
  }

  /** The mark first: a failure between the two writes leaves the old password, to be changed. */
  @Override
  public boolean resetPassword(String userId, String passwordHash) {
    return setField(userId, PASSWORD_CHANGE_REQUIRED, "1")
        && setField(userId, "passwordHash", passwordHash);
  }

  @Override
  public boolean passwordChangeRequired(String userId) {
    return redis.call(
        "password change required",
        jedis -> jedis.hexists(RedisKeys.userInfo(userId), PASSWORD_CHANGE_REQUIRED));
  }

  @Override
  public boolean updateRole(String userId, ServerRole role) {
    boolean admin =
        switch (role) {
          case OWNER -> throw new IllegalArgumentException("the owner is chosen once, at insert");
          case ADMIN -> true;
          case MEMBER -> false;
        };
    return findById(userId).isPresent()
        && setStanding.set(redis, RedisKeys.serverAdmins(), userId, admin);
  }

  @Override
  public boolean updateDeactivated(String userId, boolean deactivated) {
    return findById(userId).isPresent()
        && deletedAmong(List.of(userId)).isEmpty()
        && setStanding.set(redis, RedisKeys.deactivatedUsers(), userId, deactivated);
  }

  /**
   * The mark first, under {@code {users}} with the owner's check; then the account's own hash,
   * under its own tag. Between the two the account is already deactivated, so nobody signs in.
   */
  @Override
  public boolean markDeleted(String userId, String unusableHash) {
    if (findById(userId).isEmpty() || !markDeleted.mark(redis, userId)) {
      return false;
    }
    setField(userId, "passwordHash", unusableHash);
    setField(userId, "displayName", User.DELETED_NAME);
    return true;
  }

  @Override
  public Set<String> deletedAmong(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    List<String> ids = List.copyOf(userIds);
    List<Boolean> deleted =
        redis.call(
            "deleted users",
            jedis -> jedis.smismember(RedisKeys.deletedUsers(), ids.toArray(String[]::new)));
    return IntStream.range(0, ids.size())
        .filter(deleted::get)
        .mapToObj(ids::get)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Sets a field of an existing user's hash, never recreating one that is gone. */
  private boolean setField(String userId, String field, String value) {
    return compareAndSet.set(redis, RedisKeys.userInfo(userId), "userId", userId, field, value);
  }

  /**
   * The users of these ids that exist, in the order of the ids, with their standing, in one round
   * trip.
   */
  private List<UserAccount> load(List<String> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    String[] ids = userIds.toArray(String[]::new);
    return redis.pipelined(
        "load users",
        pipeline -> {
          List<Response<Map<String, String>>> hashes =
              userIds.stream().map(id -> pipeline.hgetAll(RedisKeys.userInfo(id))).toList();
          Response<String> owner = pipeline.get(RedisKeys.serverOwner());
          Response<List<Boolean>> admins = pipeline.smismember(RedisKeys.serverAdmins(), ids);
          Response<List<Boolean>> deactivated =
              pipeline.smismember(RedisKeys.deactivatedUsers(), ids);
          Supplier<List<UserAccount>> users =
              () ->
                  IntStream.range(0, ids.length)
                      .boxed()
                      .flatMap(
                          i ->
                              user(
                                  hashes.get(i).get(),
                                  role(ids[i], owner.get(), admins.get().get(i)),
                                  deactivated.get().get(i))
                                  .stream())
                      .toList();
          return users;
        });
  }

  private static ServerRole role(String userId, String ownerId, boolean admin) {
    if (userId.equals(ownerId)) {
      return ServerRole.OWNER;
    }
    return admin ? ServerRole.ADMIN : ServerRole.MEMBER;
  }

  private static Map<String, String> fields(UserAccount user) {
    return Map.of(
        "userId", user.userId(),
        "username", user.username(),
        "passwordHash", user.passwordHash(),
        "createdAt", Long.toString(user.createdAt()),
        "lastSeen", Long.toString(user.lastSeen()));
  }

  private static Optional<UserAccount> user(
      Map<String, String> hash, ServerRole role, boolean deactivated) {
    if (hash.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new UserAccount(
            hash.get("userId"),
            hash.get("username"),
            hash.get("passwordHash"),
            Long.parseLong(hash.get("createdAt")),
            Long.parseLong(hash.get("lastSeen")),
            hash.get("displayName"),
            role,
            deactivated));
  }
}
