package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import chat.protocol.model.EncryptedContent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Replaces a message's content (author only), under the same rules as {@link MessageSend}: in an
 * encrypted room, {@code encrypted} replaces it and {@code content} is empty or missing (then
 * empty).
 */
@JsonTypeName("message.edit")
public record MessageEdit(
    String requestId,
    String roomId,
    String messageId,
    String content,
    @JsonInclude(JsonInclude.Include.NON_NULL) EncryptedContent encrypted)
    implements ClientFrame {

  public MessageEdit {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(messageId, "messageId");
    if (encrypted != null) {
      content = Require.noContent(content);
    } else {
      Require.text(content, "content", Limits.MAX_CONTENT_CHARS);
    }
  }

  /** An edit in clear. */
  public MessageEdit(String requestId, String roomId, String messageId, String content) {
    this(requestId, roomId, messageId, content, null);
  }
}
