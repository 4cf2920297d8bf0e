package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Lets each member send one message per {@code seconds} in the room; 0 turns slow mode off
 * (moderators).
 */
@JsonTypeName("room.slowmode")
public record RoomSlowMode(String requestId, String roomId, int seconds) implements ClientFrame {

  public RoomSlowMode {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    if (seconds < 0 || seconds > Limits.MAX_SLOW_MODE_SECONDS) {
      throw Require.invalid(
          "seconds",
          "seconds must be 0.." + Limits.MAX_SLOW_MODE_SECONDS + " (0 turns slow mode off)");
    }
  }
}
