package chat.client.e2ee;

import chat.client.crypto.DeviceAddress;
import chat.client.crypto.DeviceRecord;
import chat.client.net.Keys;
import chat.protocol.http.UserKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The devices this device may use, as the server lists them ({@code POST /api/keys/query}) and
 * {@link TrustedKeys} lets through. Blocks on the server's answers.
 */
final class KeyDirectory implements RoomKeyInbox.Devices {

  private static final int MAX_PER_QUERY = 100;

  private final Keys keys;
  private final TrustedKeys trusted;

  KeyDirectory(Keys keys, TrustedKeys trusted) {
    this.keys = keys;
    this.trusted = trusted;
  }

  /** Every trusted device of {@code userIds}, asked of the server now. */
  List<DeviceRecord> devicesOf(List<String> userIds) throws IOException {
    List<DeviceRecord> devices = new ArrayList<>();
    for (int from = 0; from < userIds.size(); from += MAX_PER_QUERY) {
      List<String> page = userIds.subList(from, Math.min(userIds.size(), from + MAX_PER_QUERY));
      for (UserKeys user : keys.query(page).join()) {
        devices.addAll(trusted.trustedDevices(user));
      }
    }
    return devices;
  }

  @Override
  public Optional<DeviceRecord> trusted(DeviceAddress address) throws IOException {
    Optional<DeviceRecord> known = trusted.device(address);
    if (known.isPresent()) {
      return known;
    }
    devicesOf(List.of(address.userId()));
    return trusted.device(address);
  }
}
