package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** The caller's rooms, with their unread counts and last messages. */
@JsonTypeName("room.list")
public record RoomList(String requestId) implements ClientFrame {

  public RoomList {
    Require.requestId(requestId);
  }
}
