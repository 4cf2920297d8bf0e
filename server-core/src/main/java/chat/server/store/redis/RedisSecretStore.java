package chat.server.store.redis;

import chat.server.store.SecretStore;
import java.util.Objects;
import java.util.function.Supplier;
import redis.clients.jedis.params.SetParams;

/**
 * Secrets as strings ({@link RedisKeys#secret}), shared by every node. A missing secret is
 * generated and offered with SET NX; whichever node's SET wins, every node then reads that one
 * value back. They are as private as the Redis that holds them: its access control (a password,
 * TLS) guards the tokens of every user.
 */
final class RedisSecretStore implements SecretStore {

  private final Redis redis;

  RedisSecretStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public String getOrCreate(String name, Supplier<String> generator) {
    String key = RedisKeys.secret(name);
    String existing = redis.call("read secret", jedis -> jedis.get(key));
    if (existing != null) {
      return existing;
    }
    String offered = Objects.requireNonNull(generator.get(), "the generator returned null");
    return redis.call(
        "create secret",
        jedis -> {
          jedis.set(key, offered, SetParams.setParams().nx());
          return jedis.get(key);
        });
  }
}
