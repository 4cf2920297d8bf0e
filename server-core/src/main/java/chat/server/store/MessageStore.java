package chat.server.store;

import chat.protocol.model.Message;
import java.util.Optional;
import java.util.Set;

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
   * <p>When this call stores the message and {@code announceTo} is not empty, the append also
   * publishes a {@link BusEvent.Delivery} of {@code message.new} to those users on the same
   * storage's {@link EventBus}, exactly once: a resend announces nothing. The Redis adapter stores
   * and publishes in one atomic script, so no node can crash between the two; the embedded one
   * publishes on its in-process bus right after the commit, in the same process that commits.
   */
  AppendResult append(NewMessage message, Set<String> announceTo);

  /** Appends without announcing: for messages nobody is waiting for (seeding, tests). */
  default AppendResult append(NewMessage message) {
    return append(message, Set.of());
  }

  /** The newest {@code limit} messages of the room. */
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

  /** The room's newest message, if it has any. */
  Optional<Message> latest(String roomId);
}
