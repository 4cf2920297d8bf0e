package chat.protocol.result;

import java.util.List;

/**
 * The result of {@code device.send}: the asked devices that do not exist or are not their user's;
 * every other message was stored.
 */
public record DeviceSendResult(List<String> unknownDevices) {

  public DeviceSendResult {
    unknownDevices = List.copyOf(unknownDevices);
  }
}
