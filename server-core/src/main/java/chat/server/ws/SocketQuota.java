package chat.server.ws;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the open sockets of this node, in total and per client address, so that no one address
 * (and no crowd) can take every descriptor the process has.
 */
final class SocketQuota {

  /** Whether one more socket may stay open. */
  enum Verdict {
    ADMITTED,
    ADDRESS_FULL,
    SERVER_FULL
  }

  private final int maxSockets;
  private final int maxPerAddress;
  private final AtomicInteger total = new AtomicInteger();
  private final Map<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();

  SocketQuota(int maxSockets, int maxPerAddress) {
    this.maxSockets = maxSockets;
    this.maxPerAddress = maxPerAddress;
  }

  /** Counts the socket when it is {@link Verdict#ADMITTED}; then {@link #release} must follow. */
  Verdict admit(InetAddress address) {
    if (total.incrementAndGet() > maxSockets) {
      total.decrementAndGet();
      return Verdict.SERVER_FULL;
    }
    boolean[] admitted = {false};
    perAddress.compute(
        address,
        (a, count) -> {
          int current = count == null ? 0 : count;
          admitted[0] = current < maxPerAddress;
          return admitted[0] ? current + 1 : count;
        });
    if (!admitted[0]) {
      total.decrementAndGet();
      return Verdict.ADDRESS_FULL;
    }
    return Verdict.ADMITTED;
  }

  void release(InetAddress address) {
    perAddress.computeIfPresent(address, (a, count) -> count == 1 ? null : count - 1);
    total.decrementAndGet();
  }
}
