package chat.client.host;

import java.net.InetAddress;
import java.util.List;

/** The addresses by which other computers on the LAN can reach this one, as people type them. */
final class LanAddresses {

  private LanAddresses() {}

  /** See {@link chat.server.discovery.LanAddresses#find}: private-range ones first. */
  static List<String> find() {
    return chat.server.discovery.LanAddresses.find().stream()
        .map(InetAddress::getHostAddress)
        .toList();
  }
}
