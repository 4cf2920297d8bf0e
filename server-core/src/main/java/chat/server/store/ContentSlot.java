package chat.server.store;

import chat.protocol.ProtocolJson;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Message;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What a store keeps where a message's text goes: the content of a message in clear, or the JSON of
 * the {@link EncryptedContent} of a message of an encrypted room, whose content is empty. A store
 * flags the encrypted ones beside the slot (a flag that never changes, as a room's encryption never
 * does) and indexes nothing of them for search. One slot keeps edits, compare-and-set and deletion
 * the same for both kinds.
 */
public final class ContentSlot {

  private ContentSlot() {}

  /** The slot of a message with this {@code content}, or this {@code encrypted} if not null. */
  public static String of(String content, EncryptedContent encrypted) {
    return encrypted == null ? content : ProtocolJson.encode(encrypted);
  }

  /** The slot of a message as read: what the store holds for it now. */
  public static String of(Message message) {
    return of(message.content(), message.encrypted());
  }

  /**
   * {@code message} (read with an empty content) with its text from {@code slot}: the content, or,
   * when the store flagged it {@code encrypted}, the encrypted object. A tombstone's empty slot
   * gives neither.
   */
  public static Message fill(Message message, String slot, boolean encrypted) {
    if (!encrypted || slot.isEmpty()) {
      return message.withContent(slot, message.editedAt());
    }
    try {
      return message
          .withContent("", message.editedAt())
          .withEncrypted(ProtocolJson.mapper().readValue(slot, EncryptedContent.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable encrypted message in the store", e);
    }
  }
}
