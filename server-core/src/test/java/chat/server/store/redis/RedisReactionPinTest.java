package chat.server.store.redis;

import chat.server.store.ReactionPinContract;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisReactionPinTest extends ReactionPinContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }
}
