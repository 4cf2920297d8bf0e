package chat.protocol.server;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;

/** A message's reactions after a change, whole: {@code {emoji: [userId]}}. */
@JsonTypeName("reaction.updated")
public record ReactionUpdated(String roomId, String messageId, Map<String, List<String>> reactions)
    implements ServerFrame {}
