package chat.server.store.redis;

import chat.server.store.ModerationStoreContract;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisModerationStoreTest extends ModerationStoreContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }
}
