package chat.server.store;

import chat.protocol.model.DeviceMessage;
import java.util.List;
import java.util.Optional;

/**
 * Each device's inbox of device messages (docs/E2EE.md): durable once {@link #append} returns,
 * numbered by ids that only grow in each inbox, kept until the device acknowledges them, and
 * deleted with the device ({@link KeyStore}).
 */
public interface DeviceInboxStore {

  /**
   * Stores every entry, unless that would leave some inbox with more than {@code capacity}
   * messages: then it stores none.
   *
   * @return the messages as stored, in the order of {@code entries}; empty when refused
   */
  Optional<List<DeviceMessage>> append(List<InboxEntry> entries, int capacity);

  /** The oldest {@code limit} messages of the inbox with an id above {@code after}. */
  List<DeviceMessage> after(String deviceId, long after, int limit);

  /** Removes the inbox's messages with an id up to {@code upTo}. */
  void acknowledge(String deviceId, long upTo);
}
