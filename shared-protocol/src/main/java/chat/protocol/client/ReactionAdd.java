package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Adds the caller's reaction to a message. */
@JsonTypeName("reaction.add")
public record ReactionAdd(String requestId, String roomId, String messageId, String emoji)
    implements ClientFrame {

  public ReactionAdd {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(messageId, "messageId");
    Require.text(emoji, "emoji", Limits.MAX_EMOJI_CHARS);
    Require.emoji(emoji, "emoji");
  }
}
