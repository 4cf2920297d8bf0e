package chat.server.store.redis;

import chat.server.store.MessageChangeStoreContract;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisMessageChangeStoreTest extends MessageChangeStoreContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.url());
  }

  @Override
  protected String everythingStored() {
    return RedisDump.everything(redis);
  }
}
