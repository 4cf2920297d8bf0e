package chat.server.store.redis;

import chat.server.store.SecondFactorChallenge;
import chat.server.store.TwoFactorState;
import chat.server.store.TwoFactorStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two-factor sign-in under the user's tag ({@link RedisKeys#twoFactor}, {@link
 * RedisKeys#recoveryCodes}), changed by {@link TwoFactorScripts} where a change depends on the
 * state; a recovery code and a challenge are used up by one SREM or DEL, which only one caller
 * wins.
 */
final class RedisTwoFactorStore implements TwoFactorStore {

  /** As long as the embedded store keeps an expired challenge: a day. */
  private static final long KEPT_AFTER_EXPIRY_MILLIS = 24 * 3_600_000L;

  private final Redis redis;
  private final TwoFactorScripts scripts = new TwoFactorScripts();

  RedisTwoFactorStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<TwoFactorState> find(String userId) {
    Map<String, String> hash =
        redis.call("load two-factor", jedis -> jedis.hgetAll(AccessKeys.twoFactor(userId)));
    if (hash.isEmpty()) {
      return Optional.empty();
    }
    long left =
        redis.call("count recovery codes", jedis -> jedis.scard(AccessKeys.recoveryCodes(userId)));
    return Optional.of(
        new TwoFactorState(
            hash.get("secret"),
            "1".equals(hash.get("enabled")),
            Long.parseLong(hash.get("lastStep")),
            (int) left));
  }

  @Override
  public boolean savePending(String userId, String secret) {
    return scripts.savePending(redis, userId, secret);
  }

  @Override
  public boolean enable(String userId, String secret, long step, List<String> recoveryCodeHashes) {
    return scripts.enable(redis, userId, secret, step, recoveryCodeHashes);
  }

  @Override
  public boolean disable(String userId) {
    return redis.call(
            "disable two-factor",
            jedis -> jedis.del(AccessKeys.twoFactor(userId), AccessKeys.recoveryCodes(userId)))
        > 0;
  }

  @Override
  public boolean useStep(String userId, long step) {
    return scripts.useStep(redis, userId, step);
  }

  @Override
  public boolean useRecoveryCode(String userId, String codeHash) {
    return redis.call(
            "use recovery code", jedis -> jedis.srem(AccessKeys.recoveryCodes(userId), codeHash))
        == 1;
  }

  /**
   * Lists the token's hash under the user first (a slot of its own, so a transaction of its own),
   * then stores the challenge: a challenge is never stored unlisted, where {@link
   * #dropChallengesOf} would miss it.
   */
  @Override
  public void putChallenge(String tokenHash, SecondFactorChallenge challenge) {
    String listed = AccessKeys.secondFactorChallengesOf(challenge.userId());
    long keptUntil = challenge.expiresAt() + KEPT_AFTER_EXPIRY_MILLIS;
    redis.atomically(
        "list second-factor challenge",
        listed,
        transaction -> {
          transaction.sadd(listed, tokenHash);
          transaction.pexpireAt(listed, keptUntil);
        });
    String key = AccessKeys.secondFactorChallenge(tokenHash);
    redis.atomically(
        "put second-factor challenge",
        key,
        transaction -> {
          transaction.hset(
              key,
              Map.of(
                  "userId", challenge.userId(),
                  "setupOnly", Boolean.toString(challenge.setupOnly()),
                  "expiresAt", Long.toString(challenge.expiresAt())));
          transaction.pexpireAt(key, keptUntil);
        });
  }

  /** Each challenge has a slot of its own, so each goes by a DEL of its own. */
  @Override
  public void dropChallengesOf(String userId) {
    String listed = AccessKeys.secondFactorChallengesOf(userId);
    Set<String> tokenHashes =
        redis.call("list second-factor challenges", jedis -> jedis.smembers(listed));
    if (tokenHashes.isEmpty()) {
      return;
    }
    for (String tokenHash : tokenHashes) {
      redis.call(
          "drop second-factor challenge",
          jedis -> jedis.del(AccessKeys.secondFactorChallenge(tokenHash)));
    }
    redis.call(
        "forget second-factor challenges",
        jedis -> jedis.srem(listed, tokenHashes.toArray(String[]::new)));
  }

  @Override
  public Optional<SecondFactorChallenge> challenge(String tokenHash) {
    Map<String, String> hash =
        redis.call(
            "load second-factor challenge",
            jedis -> jedis.hgetAll(AccessKeys.secondFactorChallenge(tokenHash)));
    if (hash.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SecondFactorChallenge(
            hash.get("userId"),
            Boolean.parseBoolean(hash.get("setupOnly")),
            Long.parseLong(hash.get("expiresAt"))));
  }

  @Override
  public boolean consumeChallenge(String tokenHash) {
    return redis.call(
            "consume second-factor challenge",
            jedis -> jedis.del(AccessKeys.secondFactorChallenge(tokenHash)))
        == 1;
  }

  @Override
  public Optional<Boolean> required() {
    return Optional.ofNullable(
            redis.call("two-factor required", jedis -> jedis.get(AccessKeys.twoFactorRequired())))
        .map(Boolean::parseBoolean);
  }

  @Override
  public void setRequired(boolean required) {
    redis.call(
        "set two-factor required",
        jedis -> jedis.set(AccessKeys.twoFactorRequired(), Boolean.toString(required)));
  }
}
