package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Objects;

/**
 * Sends sealed messages to other devices (docs/E2EE.md, "Device messages"): 1..{@value
 * #MAX_MESSAGES} of them, from the device of this socket's session.
 */
@JsonTypeName("device.send")
public record DeviceSend(String requestId, List<OutgoingDeviceMessage> messages)
    implements ClientFrame {

  /** The most messages one {@code device.send} carries. */
  public static final int MAX_MESSAGES = 200;

  public DeviceSend {
    Require.requestId(requestId);
    Require.present(messages, "messages");
    if (messages.isEmpty() || messages.size() > MAX_MESSAGES) {
      throw Require.invalid("messages", "messages must hold 1.." + MAX_MESSAGES + " messages");
    }
    if (messages.stream().anyMatch(Objects::isNull)) {
      throw Require.invalid("messages", "messages must not hold null");
    }
    messages = List.copyOf(messages);
  }
}
