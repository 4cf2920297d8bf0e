package chat.server.embed;

import chat.server.discovery.LanAddresses;
import java.net.InetAddress;
import java.util.List;

/**
 * This computer's place on its LAN, for a program that looks for servers there: the same walk over
 * the network interfaces that a server announcing itself uses, so both sides pick the same ones.
 */
public final class LocalNetwork {

  private LocalNetwork() {}

  /** The LAN addresses whose interface can multicast: where to look for servers by mDNS. */
  public static List<InetAddress> browsingAddresses() {
    return LanAddresses.forBrowsing();
  }
}
