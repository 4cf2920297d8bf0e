package chat.server.chat;

import chat.server.store.Storage;
import chat.server.store.redis.RedisStorage;
import chat.server.support.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisFileSweepTest extends FileSweepContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }
}
