package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.server.store.FileKind;
import chat.server.store.FileSearchContract;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisFileSearchTest extends FileSearchContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }

  /**
   * A deletion takes the message out of its files' names' word sets and its kinds' sets, not only
   * out of the results: no key is left naming a word only its files held.
   */
  @Test
  void aDeletionLeavesNoIndexOfItsFilesNamesOrKinds() {
    Message doomed = send("gone", "secret-plan.png image/png");

    storage.messageChanges().delete("r1", doomed.messageId());

    for (String key :
        new String[] {
          RedisKeys.roomWordMessages("r1", "secret"),
          RedisKeys.roomWordMessages("r1", "plan"),
          RedisKeys.roomFileKindMessages("r1", FileKind.FILE),
          RedisKeys.roomFileKindMessages("r1", FileKind.IMAGE)
        }) {
      boolean exists = redis.call(jedis -> jedis.exists(key));
      assertThat(exists).as(key).isFalse();
    }
    List<String> words = redis.call(jedis -> jedis.zrange(RedisKeys.roomWords("r1"), 0, -1));
    assertThat(words).isEmpty();
  }
}
