package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.model.RoomVisibility;
import chat.server.store.NewMessage;
import chat.server.store.Storage;
import chat.server.store.ThreadsContract;
import chat.server.support.RedisServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisThreadsTest extends ThreadsContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }

  @Test
  void eachReplyGivesItsRootTheRoomsNextChangePosition() {
    String carol = user("carol");
    room("r9", "Nine", RoomVisibility.PRIVATE, 1_000, carol);
    Message root =
        storage
            .messages()
            .append(new NewMessage("r9", carol, "carol", "root", "c0", 5_000))
            .message();
    String rootEntry = RedisMessageStore.entryIdIn("r9", root.messageId()).orElseThrow();

    storage
        .messages()
        .append(
            new NewMessage("r9", carol, "carol", "one", "c1", 6_000)
                .inThread(root.messageId(), false));
    assertThat(changeOf(rootEntry)).isEqualTo(1);
    storage
        .messages()
        .append(
            new NewMessage("r9", carol, "carol", "two", "c2", 7_000)
                .inThread(root.messageId(), true));

    assertThat(changeOf(rootEntry)).isEqualTo(2);
    String counter = redis.call(jedis -> jedis.get(RedisKeys.roomChangeSeq("r9")));
    assertThat(counter).isEqualTo("2");
  }

  private double changeOf(String entryId) {
    return redis.call(jedis -> jedis.zscore(RedisKeys.roomChanges("r9"), entryId));
  }
}
