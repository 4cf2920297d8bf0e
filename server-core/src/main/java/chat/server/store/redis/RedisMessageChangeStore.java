package chat.server.store.redis;

import chat.protocol.model.Message;
import chat.server.store.ChangePage;
import chat.server.store.ChangeResult;
import chat.server.store.MessageChangeStore;
import java.util.List;

final class RedisMessageChangeStore implements MessageChangeStore {

  private final Redis redis;

  RedisMessageChangeStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public ChangeResult edit(String roomId, String messageId, String content, long editedAt) {
    throw new UnsupportedOperationException("soon " + redis);
  }

  @Override
  public ChangeResult delete(String roomId, String messageId) {
    throw new UnsupportedOperationException("soon");
  }

  @Override
  public ChangeResult addReaction(String roomId, String messageId, String userId, String emoji) {
    throw new UnsupportedOperationException("soon");
  }

  @Override
  public ChangeResult removeReaction(String roomId, String messageId, String userId, String emoji) {
    throw new UnsupportedOperationException("soon");
  }

  @Override
  public ChangeResult pin(String roomId, String messageId, String userId, long pinnedAt) {
    throw new UnsupportedOperationException("soon");
  }

  @Override
  public ChangeResult unpin(String roomId, String messageId) {
    throw new UnsupportedOperationException("soon");
  }

  @Override
  public List<Message> pins(String roomId) {
    return List.of();
  }

  @Override
  public long changeSeq(String roomId) {
    return 0;
  }

  @Override
  public ChangePage changesAfter(String roomId, long position, int limit) {
    return new ChangePage(List.of(), 0, false);
  }
}
