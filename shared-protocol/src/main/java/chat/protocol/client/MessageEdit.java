package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Replaces a message's content (author only), under the same rules as {@link MessageSend}. */
@JsonTypeName("message.edit")
public record MessageEdit(String requestId, String roomId, String messageId, String content)
    implements ClientFrame {

  public MessageEdit {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(messageId, "messageId");
    Require.text(content, "content", Limits.MAX_CONTENT_CHARS);
  }
}
