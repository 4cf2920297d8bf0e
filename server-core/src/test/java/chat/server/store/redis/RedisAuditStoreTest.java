package chat.server.store.redis;

import chat.server.store.AuditStoreContract;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisAuditStoreTest extends AuditStoreContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }
}
