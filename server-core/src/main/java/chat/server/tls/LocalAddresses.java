package chat.server.tls;

import chat.server.net.InterfaceAddresses;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The IP addresses by which this machine may be reached, for a certificate's names. */
final class LocalAddresses {

  private LocalAddresses() {}

  /**
   * Loopback ({@code 127.0.0.1}, {@code ::1}) and the addresses of every interface that is up,
   * without link-local ones (they need a zone, which a certificate cannot name). An interface that
   * cannot be read is left out: the certificate still works for the app, which pins it.
   */
  static List<String> find() {
    Set<String> found = new LinkedHashSet<>(List.of("127.0.0.1", "::1"));
    InterfaceAddresses.find(nic -> true).stream()
        .map(InetAddress::getHostAddress)
        .map(LocalAddresses::withoutZone)
        .forEach(found::add);
    return new ArrayList<>(found);
  }

  private static String withoutZone(String address) {
    int percent = address.indexOf('%');
    return percent < 0 ? address : address.substring(0, percent);
  }
}
