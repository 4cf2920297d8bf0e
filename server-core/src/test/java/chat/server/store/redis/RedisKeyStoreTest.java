package chat.server.store.redis;

import chat.server.store.KeyStoreContract;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisKeyStoreTest extends KeyStoreContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }
}
