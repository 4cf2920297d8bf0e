package chat.server.store;

import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import java.util.List;
import java.util.Set;

/**
 * What the {@link MessageChangeStore} contracts share: alice's and bob's rooms ({@link
 * AliceAndBobContract}) and helpers that send, read back, search and react. {@link
 * MessageEditDeleteContract} and {@link ReactionPinContract} build on it.
 */
public abstract class MessageChangeFixture extends AliceAndBobContract {

  private int sent;

  protected final MessageChangeStore changes() {
    return storage.messageChanges();
  }

  /** Appends alice's message with the next client message id to {@code roomId}. */
  protected final Message send(String roomId, String content) {
    String clientMsgId = "c" + sent++;
    return storage
        .messages()
        .append(new NewMessage(roomId, alice, "Alice", content, clientMsgId, 5_000))
        .message();
  }

  /** Appends alice's message to r1. */
  protected final Message send(String content) {
    return send("r1", content);
  }

  /** r1's messages, as a reader's history shows them. */
  protected final List<Message> history() {
    return storage.messages().newest("r1", 100).messages();
  }

  /** {@code message} as the store holds it now. */
  protected final Message stored(Message message) {
    return storage.messages().find(message.messageId()).orElseThrow();
  }

  /** The ids of the messages of r1 and r2 that a search for {@code word} finds. */
  protected final List<String> search(String word) {
    return storage
        .search()
        .search(
            new MessageQuery(
                List.of(new SearchTerm(SearchText.foldedWords(word), false)),
                Set.of("r1", "r2"),
                Set.of(),
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                null,
                100))
        .stream()
        .map(Message::messageId)
        .toList();
  }

  protected final ChangeResult react(Message message, String userId, String emoji) {
    return changes().addReaction("r1", message.messageId(), userId, emoji);
  }
}
