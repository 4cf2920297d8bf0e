package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Joins a public room; a private room needs an invitation. */
@JsonTypeName("room.join")
public record RoomJoin(String requestId, String roomId) implements ClientFrame {

  public RoomJoin {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
  }
}
