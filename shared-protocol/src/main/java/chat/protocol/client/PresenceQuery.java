package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** The current presence of up to {@value Limits#PRESENCE_QUERY_MAX_USERS} users. */
@JsonTypeName("presence.query")
public record PresenceQuery(String requestId, List<String> userIds) implements ClientFrame {

  public PresenceQuery {
    Require.requestId(requestId);
    userIds = Require.ids(userIds, "userIds", 1, Limits.PRESENCE_QUERY_MAX_USERS);
  }
}
