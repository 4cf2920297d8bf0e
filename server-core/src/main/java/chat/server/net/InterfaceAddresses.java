package chat.server.net;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one walk over this machine's network interfaces: the addresses of those that are up, without
 * loopback and link-local ones (link-local needs a zone, which neither a certificate nor another
 * computer can use). LAN discovery and the generated TLS certificate each filter it further.
 */
public final class InterfaceAddresses {

  private InterfaceAddresses() {}

  /**
   * The addresses of the interfaces {@code which} accepts, in the system's order, each once; empty
   * when the interfaces cannot be read.
   */
  public static List<InetAddress> find(Predicate<NetworkInterface> which) {
    Set<InetAddress> found = new LinkedHashSet<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (nic.isUp() && !nic.isLoopback() && which.test(nic)) {
          nic.inetAddresses()
              .filter(a -> !a.isLinkLocalAddress() && !a.isLoopbackAddress())
              .forEach(found::add);
        }
      }
    } catch (SocketException e) {
      return List.of();
    }
    return List.copyOf(found);
  }
}
