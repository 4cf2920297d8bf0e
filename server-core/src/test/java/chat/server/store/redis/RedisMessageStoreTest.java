package chat.server.store.redis;

import static chat.protocol.model.RoomVisibility.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import chat.server.store.AppendResult;
import chat.server.store.MessageStoreContract;
import chat.server.store.NewMessage;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisMessageStoreTest extends MessageStoreContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }

  @Test
  void eightConcurrentResendsOfOneClientMsgIdLeaveOneEntryInTheLog() throws Exception {
    String carol = user("carol");
    room("r9", "Nine", PRIVATE, 1_000, carol);

    List<AppendResult> results =
        concurrently(
            8,
            i ->
                storage
                    .messages()
                    .append(new NewMessage("r9", carol, "carol", "try " + i, "same", 5_000)));

    long entries = redis.call(jedis -> jedis.xlen(RedisKeys.roomLog("r9")));
    long sentIds = redis.call(jedis -> jedis.hlen(RedisKeys.roomMessageIds("r9")));
    assertThat(entries).isEqualTo(1);
    assertThat(sentIds).isEqualTo(1);
    assertThat(results).extracting(AppendResult::created).containsOnlyOnce(true);
    assertThat(results.stream().map(result -> result.message().messageId()).distinct()).hasSize(1);
  }

  @Test
  void aMessageIdIsTheRoomAndTheStreamEntryIdOfTheMessage() {
    String carol = user("carol");
    room("r9", "Nine", PRIVATE, 1_000, carol);

    String messageId =
        storage
            .messages()
            .append(new NewMessage("r9", carol, "carol", "hi", "c1", 5_000))
            .message()
            .messageId();

    String entryId =
        redis
            .call(jedis -> jedis.xrange(RedisKeys.roomLog("r9"), "-", "+"))
            .getFirst()
            .getID()
            .toString();
    assertThat(messageId).isEqualTo("r9/" + entryId);
  }
}
