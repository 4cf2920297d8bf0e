package chat.server.store.redis;

import java.time.Duration;

/**
 * How presence is kept across nodes.
 *
 * @param nodeTimeout how long after its last heartbeat a node's sockets stop counting (its users go
 *     offline when it dies); several heartbeat intervals, well under the protocol's 60 s
 * @param filterCapacity how many online users the Bloom filter of one window is sized for
 * @param filterErrorRate the filter's false-positive rate at that capacity
 */
public record PresenceSettings(Duration nodeTimeout, long filterCapacity, double filterErrorRate) {

  public static final PresenceSettings DEFAULTS =
      new PresenceSettings(Duration.ofSeconds(30), 100_000, 0.01);

  public PresenceSettings {
    if (nodeTimeout.isNegative() || nodeTimeout.isZero()) {
      throw new IllegalArgumentException("nodeTimeout must be positive");
    }
    BloomShape.of(filterCapacity, filterErrorRate);
  }
}
