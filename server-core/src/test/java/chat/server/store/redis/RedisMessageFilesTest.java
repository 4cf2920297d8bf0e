package chat.server.store.redis;

import chat.server.store.MessageFilesContract;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The files of messages on Redis; every key is scanned and every stream read by {@link RedisDump}.
 */
class RedisMessageFilesTest extends MessageFilesContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }

  @Override
  protected String everythingStored() {
    return RedisDump.everything(redis);
  }
}
