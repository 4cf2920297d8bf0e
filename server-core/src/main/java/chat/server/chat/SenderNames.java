package chat.server.chat;

import chat.protocol.model.Message;
import chat.protocol.model.User;
import chat.server.store.MessagePage;
import chat.server.store.UserStore;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shows the messages of deleted accounts as sent by {@value User#DELETED_NAME}. A message keeps the
 * name it was sent with in the store, which a deletion does not rewrite (a Redis stream entry never
 * changes); so every read that hands messages to a client passes them through here, at the cost of
 * one look-up of the page's senders.
 */
public final class SenderNames {

  private final UserStore users;

  public SenderNames(UserStore users) {
    this.users = users;
  }

  /** The messages, those of deleted accounts renamed, in the same order. */
  public List<Message> shown(List<Message> messages) {
    if (messages.isEmpty()) {
      return messages;
    }
    Set<String> deleted =
        users.deletedAmong(messages.stream().map(Message::senderId).collect(Collectors.toSet()));
    if (deleted.isEmpty()) {
      return messages;
    }
    return messages.stream()
        .map(
            message ->
                deleted.contains(message.senderId())
                    ? message.withSenderName(User.DELETED_NAME)
                    : message)
        .toList();
  }

  /** The page with its messages {@link #shown}. */
  public MessagePage shown(MessagePage page) {
    return new MessagePage(shown(page.messages()), page.hasMore());
  }

  /** The message {@link #shown}. */
  public Message shown(Message message) {
    return shown(List.of(message)).getFirst();
  }
}
