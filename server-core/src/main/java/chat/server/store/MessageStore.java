package chat.server.store;

import chat.protocol.model.Message;
import java.util.Optional;

/**
 * Each room's message log, in one order per room. Message ids are assigned here and are opaque to
 * everyone else.
 */
public interface MessageStore {

  /**
   * Appends a message unless the same sender already sent the same {@code clientMsgId} to the same
   * room, in which case the original is returned and nothing is stored. When this returns, the
   * message is durable: it survives a crash of this process.
   *
   * <p>A store announces nothing: the service that sent the message publishes {@code message.new}
   * once this returns a new one (decision record 0008).
   */
  AppendResult append(NewMessage message);

  /**
   * The newest {@code limit} messages of the room's timeline. The timeline is every message but the
   * thread replies not also posted to the room, in this and in {@link #before} and {@link #after};
   * their cursor may be any message of the room, replies included.
   */
  MessagePage newest(String roomId, int limit);

  /**
   * The {@code limit} messages just before {@code messageId}.
   *
   * @return empty when the room has no message of that id
   */
  Optional<MessagePage> before(String roomId, String messageId, int limit);

  /**
   * The {@code limit} messages just after {@code messageId}.
   *
   * @return empty when the room has no message of that id
   */
  Optional<MessagePage> after(String roomId, String messageId, int limit);

  /**
   * The message of this id, in whichever room it is.
   *
   * @return empty when no room has a message of that id
   */
  Optional<Message> find(String messageId);

  /** The newest message of the room's timeline, if it has any. */
  Optional<Message> latest(String roomId);

  /** The newest {@code limit} replies in the thread of {@code rootId}, a message of the room. */
  MessagePage threadNewest(String roomId, String rootId, int limit);

  /**
   * The {@code limit} replies of the thread of {@code rootId} just before its reply {@code
   * messageId}.
   *
   * @return empty when that thread has no reply of that id
   */
  Optional<MessagePage> threadBefore(String roomId, String rootId, String messageId, int limit);
}
