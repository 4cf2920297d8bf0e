package chat.client.ui.e2ee;

import chat.client.e2ee.DecryptedText;
import chat.protocol.model.Message;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a message of an encrypted room shows as: its decrypted text where this device read it, else
 * one sentence saying why it has none, which the chat's rows show in italics. Messages of other
 * rooms show as they are.
 */
public final class DecryptedMessages {

  /** Where the text of a message not read yet shows (a notification, before it is read). */
  public static final String ENCRYPTED = "Encrypted message";

  static final String WAITING = "Waiting for this message's key…";
  static final String TAMPERED = "This message was tampered with";
  static final String FORGED = "Forged: the signature does not match its sender";
  static final String REPLAYED = "Replayed: this message was already received";
  static final String UNREADABLE = "Unreadable message";

  private final Function<String, Optional<DecryptedText>> texts;

  /**
   * @param texts what each message, by id, read as on this device; empty until read
   */
  public DecryptedMessages(Function<String, Optional<DecryptedText>> texts) {
    this.texts = texts;
  }

  /**
   * {@code message} as the chat shows it: one of an encrypted room with its decrypted text (and
   * whom it mentions) in place of its empty content, or with the sentence saying why it has none;
   * any other as it is. It keeps its {@code encrypted}, so it can be shown again once read.
   */
  public Message shown(Message message) {
    if (message.encrypted() == null) {
      return message;
    }
    return switch (textOf(message)) {
      case DecryptedText.Readable readable ->
          message
              .withContent(readable.body(), message.editedAt())
              .withMentions(readable.mentions().isEmpty() ? null : readable.mentions(), null);
      case DecryptedText unread -> message.withContent(why(unread), message.editedAt());
    };
  }

  /**
   * Why {@code message} shows no text of its own (the sentence {@link #shown} puts in its place),
   * or empty when it shows its text: a plain message, or one this device decrypted.
   */
  public String unreadable(Message message) {
    if (message.encrypted() == null) {
      return "";
    }
    DecryptedText text = textOf(message);
    return text instanceof DecryptedText.Readable ? "" : why(text);
  }

  /**
   * {@code message} as a notification shows it: its text once read, else {@value #ENCRYPTED}, never
   * a sentence about keys.
   */
  public Message notified(Message message) {
    return unreadable(message).isEmpty()
        ? shown(message)
        : message.withContent(ENCRYPTED, message.editedAt());
  }

  private DecryptedText textOf(Message message) {
    return texts.apply(message.messageId()).orElseGet(DecryptedText.NoKeyYet::new);
  }

  private static String why(DecryptedText text) {
    return switch (text) {
      case DecryptedText.Readable readable -> readable.body();
      case DecryptedText.NoKeyYet _ -> WAITING;
      case DecryptedText.Tampered _ -> TAMPERED;
      case DecryptedText.Forged _ -> FORGED;
      case DecryptedText.Replayed _ -> REPLAYED;
      case DecryptedText.Malformed _ -> UNREADABLE;
    };
  }
}
