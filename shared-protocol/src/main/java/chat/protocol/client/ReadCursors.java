package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Asks where the other members of a room have read up to: their read cursors, the furthest along
 * first, at most {@link chat.protocol.Limits#READ_CURSORS_MAX} of them.
 */
@JsonTypeName("read.cursors")
public record ReadCursors(String requestId, String roomId) implements ClientFrame {

  public ReadCursors {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
  }
}
