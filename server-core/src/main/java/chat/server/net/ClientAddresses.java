package chat.server.net;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;

/**
 * Who a request or socket comes from: the peer's address, or, when the peer is one of the trusted
 * proxies ({@code TRUSTED_PROXIES}), the client that {@code X-Forwarded-For} names. Without trusted
 * proxies the header is ignored, so a client cannot choose its own address; with them, a load
 * balancer is not one address for everybody behind it. Per-address limits of both edges (sockets,
 * logins) count by this address.
 */
public final class ClientAddresses {

  /** Trusts no proxy: every client is its peer address. */
  public static final ClientAddresses DIRECT = new ClientAddresses(List.of());

  private final Set<InetAddress> trustedProxies;

  public ClientAddresses(List<InetAddress> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  /**
   * The client's address.
   *
   * @param peer the address of the TCP peer
   * @param forwardedFor the {@code X-Forwarded-For} header, or null or blank when there is none; a
   *     header sent on several lines is one list in their order, joined by {@code ,} (as the HTTP
   *     edge does) or by {@code ;} (as the socket library does)
   * @return the peer unless it is a trusted proxy; else the right-most address of the header that
   *     is not a trusted proxy itself (each proxy appends the peer it saw, so everything left of
   *     that is the client's to invent), or the left-most one when all are trusted
   */
  public InetAddress of(InetAddress peer, String forwardedFor) {
    if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
      return peer;
    }
    String[] hops = forwardedFor.split("[,;]");
    InetAddress client = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      InetAddress hop;
      try {
        hop = InetAddress.ofLiteral(hops[i].strip());
      } catch (IllegalArgumentException notAnAddress) {
        return client;
      }
      client = hop;
      if (!trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return client;
  }
}
