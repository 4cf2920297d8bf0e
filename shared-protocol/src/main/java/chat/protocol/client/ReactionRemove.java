package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Removes the caller's reaction from a message. */
@JsonTypeName("reaction.remove")
public record ReactionRemove(String requestId, String roomId, String messageId, String emoji)
    implements ClientFrame {

  public ReactionRemove {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(messageId, "messageId");
    Require.text(emoji, "emoji", Limits.MAX_EMOJI_CHARS);
    Require.emoji(emoji, "emoji");
  }
}
