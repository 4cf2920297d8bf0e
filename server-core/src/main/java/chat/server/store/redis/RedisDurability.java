package chat.server.store.redis;

import chat.server.store.RedisTopology;
import java.time.Duration;

/**
 * What a Redis-mode ack promises (decision record 0016), from {@code REDIS_ACK_REPLICAS}, {@code
 * REDIS_ACK_TIMEOUT_MS} and {@code REDIS_DURABILITY}.
 *
 * <p>With {@code ackReplicas} above 0, every write of a stored message (a send, an edit, a
 * deletion, a reaction, a pin) waits with {@code WAIT} until that many replicas have it, at most
 * {@code ackTimeout}; fewer in time, and the request is refused as storage unavailable. With 0, the
 * ack rests on the primary's append-only file alone, so opening refuses a Redis whose {@code
 * appendfsync} is not {@code always}, unless {@code relaxed} accepts the loss of the last second or
 * two of acknowledged messages on a crash.
 *
 * @param ackReplicas how many replicas must confirm a write before it is acknowledged
 * @param ackTimeout how long a write waits for them (at least a millisecond: {@code WAIT} with 0
 *     would wait for ever)
 * @param relaxed whether a primary without {@code appendfsync always} is accepted with no replicas
 */
public record RedisDurability(int ackReplicas, Duration ackTimeout, boolean relaxed) {

  /** How long a write waits for its replicas when {@code REDIS_ACK_TIMEOUT_MS} says nothing. */
  public static final Duration ACK_TIMEOUT = Duration.ofSeconds(2);

  /** The default: no replicas, and a primary that fsyncs every write. */
  public static final RedisDurability STRICT = new RedisDurability(0, ACK_TIMEOUT, false);

  /** No replicas, and a primary that may fsync less often: its last second or two may be lost. */
  public static final RedisDurability RELAXED = new RedisDurability(0, ACK_TIMEOUT, true);

  /**
   * What a deployment's acks wait for when the settings say nothing: {@link
   * RedisTopology#defaultAckReplicas} replicas, and a strict primary when that is none.
   */
  public static RedisDurability defaultFor(RedisTopology topology) {
    return new RedisDurability(topology.defaultAckReplicas(), ACK_TIMEOUT, false);
  }

  public RedisDurability {
    if (ackReplicas < 0) {
      throw new IllegalArgumentException("ackReplicas must not be negative: " + ackReplicas);
    }
    if (ackTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("ackTimeout must be at least a millisecond");
    }
  }

  /** Whether acknowledged writes wait for replicas. */
  boolean waitsForReplicas() {
    return ackReplicas > 0;
  }
}
