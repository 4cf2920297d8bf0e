package chat.client.host;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The addresses by which other computers on the LAN can reach this one. */
final class LanAddresses {

  private LanAddresses() {}

  /**
   * IPv4 addresses of interfaces that are up, not loopback and not virtual; private-range ones
   * (what a home or office LAN uses) first.
   */
  static List<String> find() {
    List<InetAddress> found = new ArrayList<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (nic.isUp() && !nic.isLoopback() && !nic.isVirtual()) {
          nic.inetAddresses()
              .filter(a -> a instanceof Inet4Address && !a.isLinkLocalAddress())
              .forEach(found::add);
        }
      }
    } catch (SocketException e) {
      return List.of();
    }
    return found.stream()
        .sorted(Comparator.comparing((InetAddress a) -> !a.isSiteLocalAddress()))
        .map(InetAddress::getHostAddress)
        .distinct()
        .toList();
  }
}
