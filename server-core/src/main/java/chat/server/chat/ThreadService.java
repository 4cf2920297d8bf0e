package chat.server.chat;

import chat.protocol.model.Message;
import chat.protocol.server.MessageUpdated;
import chat.server.error.ChatException;
import chat.server.store.AppendResult;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.MessagePage;
import chat.server.store.MessageStore;
import chat.server.store.NewMessage;
import chat.server.store.StoreException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of threads. A thread is a root message and its replies; a reply names its root by
 * {@code threadId}. The root must be a message of the same room, not itself a reply, and not
 * deleted. A root that is unknown or in another room is {@code INVALID_INPUT} (field {@code
 * threadId}), not {@code NOT_FOUND}: like a paging cursor, it is a position the client sent, and
 * the answer tells nothing about other rooms.
 */
final class ThreadService {

  private static final Logger log = LoggerFactory.getLogger(ThreadService.class);

  private final MessageStore messages;
  private final EventBus events;
  private final SenderNames senderNames;

  ThreadService(MessageStore messages, EventBus events, SenderNames senderNames) {
    this.messages = messages;
    this.events = events;
    this.senderNames = senderNames;
  }

  /**
   * The message as a reply in the thread of {@code threadId}.
   *
   * @throws ChatException {@code INVALID_INPUT} (field {@code threadId}) for a root that is no
   *     message of the room, is a reply itself, or was deleted
   */
  NewMessage reply(NewMessage message, String threadId, boolean alsoInRoom) {
    Message root = root(message.roomId(), threadId);
    if (Boolean.TRUE.equals(root.deleted())) {
      throw ChatException.invalidInput("threadId", "the thread's first message was deleted");
    }
    return message.inThread(threadId, alsoInRoom);
  }

  /**
   * A page of the thread's replies, oldest first: the newest, or those just before {@code before}.
   * The caller is a member of the room already.
   *
   * @throws ChatException {@code INVALID_INPUT} for a root that is no message of the room or is a
   *     reply (field {@code threadId}), or a cursor that is no reply of the thread ({@code before})
   */
  MessagePage history(String roomId, String threadId, String before, int limit) {
    root(roomId, threadId);
    if (before == null) {
      return messages.threadNewest(roomId, threadId, limit);
    }
    return messages
        .threadBefore(roomId, threadId, before, limit)
        .orElseThrow(
            () -> ChatException.invalidInput("before", "no reply of this thread has that id"));
  }

  /**
   * Tells {@code audience} the root's new state after a new reply ({@code message.updated}). The
   * reply is stored whatever happens here: a bus that fails costs live delivery only, and sync
   * finds the root among the room's changed messages.
   */
  void announceRootChange(AppendResult appended, Set<String> audience) {
    appended
        .changedRoot()
        .ifPresent(
            root -> {
              try {
                events.publish(
                    new BusEvent.Delivery(audience, new MessageUpdated(senderNames.shown(root))));
              } catch (StoreException e) {
                log.warn("message.updated of a thread's root was not published", e);
              }
            });
  }

  private Message root(String roomId, String threadId) {
    Message root =
        messages
            .find(threadId)
            .filter(found -> found.roomId().equals(roomId))
            .orElseThrow(
                () -> ChatException.invalidInput("threadId", "no such message in this room"));
    if (root.threadId() != null) {
      throw ChatException.invalidInput(
          "threadId", "a reply has no thread of its own: reply in its root's thread");
    }
    return root;
  }
}
