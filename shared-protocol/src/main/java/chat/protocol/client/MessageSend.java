package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import chat.protocol.model.EncryptedContent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * Posts a message. {@code content} is checked once trimmed but kept exactly as sent. {@code
 * clientMsgId} makes the send idempotent: resending it returns the original message. A missing
 * {@code attachmentIds} is an empty list; with attachments, {@code content} may be empty (or
 * missing: then empty). {@code alsoInRoom} (only with {@code threadId}) posts the reply to the
 * room's timeline too. {@code encrypted} (only in an encrypted room, which the server checks)
 * stands in for the text: {@code content} is then empty or missing (then empty).
 */
@JsonTypeName("message.send")
public record MessageSend(
    String requestId,
    String roomId,
    String content,
    String clientMsgId,
    String threadId,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> attachmentIds,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean alsoInRoom,
    @JsonInclude(JsonInclude.Include.NON_NULL) EncryptedContent encrypted)
    implements ClientFrame {

  public MessageSend {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    attachmentIds =
        Require.optionalIds(attachmentIds, "attachmentIds", Limits.MAX_ATTACHMENTS_PER_MESSAGE);
    if (encrypted != null) {
      content = Require.noContent(content);
    } else if (attachmentIds.isEmpty() || (content != null && !content.isBlank())) {
      Require.text(content, "content", Limits.MAX_CONTENT_CHARS);
    } else if (content == null) {
      content = "";
    } else if (Limits.codePointLength(Require.wellFormed(content, "content"))
        > Limits.MAX_CONTENT_CHARS) {
      // Blank is allowed with files, but never longer than any content: it is kept as sent.
      throw Require.invalid(
          "content", "content must be at most " + Limits.MAX_CONTENT_CHARS + " characters");
    }
    Require.id(clientMsgId, "clientMsgId");
    Require.optionalId(threadId, "threadId");
    if (alsoInRoom != null && threadId == null) {
      throw Require.invalid("alsoInRoom", "alsoInRoom needs a threadId");
    }
  }

  /** A plain text message outside any thread. */
  public MessageSend(String requestId, String roomId, String content, String clientMsgId) {
    this(requestId, roomId, content, clientMsgId, null, null, null);
  }

  /** A message in clear, as sent to a room that is not encrypted. */
  public MessageSend(
      String requestId,
      String roomId,
      String content,
      String clientMsgId,
      String threadId,
      List<String> attachmentIds,
      Boolean alsoInRoom) {
    this(requestId, roomId, content, clientMsgId, threadId, attachmentIds, alsoInRoom, null);
  }

  /**
   * An encrypted message ({@code content} empty), in the thread of {@code threadId} if not null.
   */
  public static MessageSend encrypted(
      String requestId,
      String roomId,
      EncryptedContent encrypted,
      String clientMsgId,
      String threadId,
      List<String> attachmentIds) {
    return new MessageSend(
        requestId, roomId, "", clientMsgId, threadId, attachmentIds, null, encrypted);
  }

  /** A reply in the thread of {@code threadId}, also shown in the room when {@code alsoInRoom}. */
  public static MessageSend reply(
      String requestId,
      String roomId,
      String content,
      String clientMsgId,
      String threadId,
      boolean alsoInRoom) {
    return new MessageSend(
        requestId, roomId, content, clientMsgId, threadId, null, alsoInRoom ? true : null);
  }
}
