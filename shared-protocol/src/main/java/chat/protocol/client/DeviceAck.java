package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Removes the messages of this socket's session's device's inbox up to the id {@code upTo}. */
@JsonTypeName("device.ack")
public record DeviceAck(String requestId, Long upTo) implements ClientFrame {

  public DeviceAck {
    Require.requestId(requestId);
    if (Require.present(upTo, "upTo") < 0) {
      throw Require.invalid("upTo", "upTo must be a message id");
    }
  }
}
