package chat.client.crypto.store;

import java.util.List;

/**
 * One decrypted message of an encrypted room as the local search index keeps it: where it is, when
 * and by whom it was sent, and its folded words, not its text.
 *
 * @param timestamp the server's timestamp of the message, epoch milliseconds
 * @param words the words of its body, as the server's {@code SearchText.messageWords} gives them
 * @param fileWords the words of its files' names, file after file
 */
public record IndexedMessage(
    String roomId,
    String messageId,
    long timestamp,
    String senderId,
    List<String> words,
    List<String> fileWords) {

  public IndexedMessage {
    words = List.copyOf(words);
    fileWords = List.copyOf(fileWords);
  }
}
