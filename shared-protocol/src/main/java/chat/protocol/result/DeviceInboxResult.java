package chat.protocol.result;

import chat.protocol.model.DeviceMessage;
import java.util.List;

/** The result of {@code device.inbox}: messages of the inbox, oldest first. */
public record DeviceInboxResult(List<DeviceMessage> messages) {

  public DeviceInboxResult {
    messages = List.copyOf(messages);
  }
}
