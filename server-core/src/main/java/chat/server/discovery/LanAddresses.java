package chat.server.discovery;

import chat.server.net.InterfaceAddresses;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The addresses by which other computers on the LAN can reach this one. */
public final class LanAddresses {

  private LanAddresses() {}

  /**
   * IPv4 addresses of interfaces that are up, not loopback and not virtual; private-range ones
   * (what a home or office LAN uses) first.
   */
  public static List<InetAddress> find() {
    return find(nic -> true);
  }

  /**
   * Where a server listening on {@code host} announces itself: on a wildcard host, every LAN
   * address whose interface can multicast; on one address, that address unless it is loopback (a
   * server only this machine can reach has nobody to tell, and tests, which listen on loopback,
   * must never multicast); nothing when {@code host} does not resolve.
   */
  public static List<InetAddress> forAnnouncing(String host) {
    InetAddress listening;
    try {
      listening = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return List.of();
    }
    if (listening.isAnyLocalAddress()) {
      return find(LanAddresses::multicasts);
    }
    return listening.isLoopbackAddress() ? List.of() : List.of(listening);
  }

  /** Where the app looks for servers: the LAN addresses whose interface can multicast. */
  public static List<InetAddress> forBrowsing() {
    return find(LanAddresses::multicasts);
  }

  private static List<InetAddress> find(Predicate<NetworkInterface> also) {
    return InterfaceAddresses.find(nic -> !nic.isVirtual() && also.test(nic)).stream()
        .filter(a -> a instanceof Inet4Address)
        .sorted(Comparator.comparing((InetAddress a) -> !a.isSiteLocalAddress()))
        .toList();
  }

  private static boolean multicasts(NetworkInterface nic) {
    try {
      return nic.supportsMulticast();
    } catch (SocketException e) {
      return false;
    }
  }
}
