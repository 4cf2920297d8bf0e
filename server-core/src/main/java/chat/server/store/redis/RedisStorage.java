package chat.server.store.redis;

import chat.server.store.RedisTopology;
import chat.server.store.Storage;
import chat.server.store.StoreException;
import chat.server.store.StorePorts;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter for many nodes sharing one Redis: every port on core Redis commands (6.2 and later),
 * with the key layout of {@link RedisKeys}, and events by pub/sub ({@link RedisEventBus}).
 *
 * <p>What Redis must be configured with, for the protocol's promises to hold: {@code appendonly
 * yes} and {@code appendfsync always} (see {@link RedisMessageStore} on durability), and {@code
 * maxmemory-policy noeviction}, since every key here is data, not cache. Unless acknowledged writes
 * wait for replicas ({@link RedisDurability}), opening refuses a Redis configured otherwise for the
 * first, as far as Redis lets its configuration be read, or warns in the relaxed mode.
 */
public final class RedisStorage implements Storage {

  private static final Logger log = LoggerFactory.getLogger(RedisStorage.class);

  private final Redis redis;
  private final RedisEventBus events;
  private final RedisPresenceStore presence;
  private final StorePorts ports;

  private RedisStorage(Redis redis, PresenceSettings presenceSettings, Clock clock) {
    this.redis = redis;
    this.events = new RedisEventBus(redis);
    RedisMessages messages = new RedisMessages(redis);
    RedisFileStore files = new RedisFileStore(redis);
    this.presence = new RedisPresenceStore(redis, presenceSettings, clock);
    this.ports =
        new StorePorts(
            new RedisUserStore(redis),
            new RedisSessionStore(redis),
            new RedisRoomStore(redis),
            new RedisMessageStore(redis, messages, files),
            new RedisMessageChangeStore(redis, messages),
            events,
            presence,
            new RedisSecretStore(redis),
            new RedisReadCursorStore(redis),
            new RedisSearchIndex(redis),
            files,
            new RedisRegistrationStore(redis),
            new RedisModerationStore(redis),
            new RedisAuditStore(redis),
            new RedisTwoFactorStore(redis),
            new RedisKeyStore(redis),
            new RedisDeviceInboxStore(redis),
            new RedisKeyBackupStore(redis));
  }

  /**
   * Connects to {@code redis://[[user]:password@]host[:port][/db]} ({@code rediss://} for TLS),
   * checks that Redis answers, and migrates room logs written before decision record 0009 ({@link
   * RoomLogMigration}).
   *
   * @throws IllegalArgumentException if the URL is not such a URL
   * @throws StoreException if Redis does not answer within a few seconds
   */
  public static RedisStorage open(URI redisUrl) {
    return open(redisUrl, RedisDurability.STRICT);
  }

  /**
   * Like {@link #open(URI)}, on any {@code topology}, with the acks its settings give by default
   * ({@link RedisDurability#defaultFor}).
   */
  public static RedisStorage open(RedisTopology topology) {
    return open(
        topology,
        Redis.POOL_SIZE,
        PresenceSettings.DEFAULTS,
        RedisDurability.defaultFor(topology),
        Clock.systemUTC());
  }

  /** Like {@link #open(URI)}, with acknowledged writes as {@code durability} says. */
  public static RedisStorage open(URI redisUrl, RedisDurability durability) {
    return open(
        new RedisTopology.Standalone(redisUrl),
        Redis.POOL_SIZE,
        PresenceSettings.DEFAULTS,
        durability,
        Clock.systemUTC());
  }

  /**
   * Like {@link #open(URI)}, with {@code poolSize} pooled connections, presence kept as {@code
   * presenceSettings} say and time read from {@code clock}. The node announces itself with a first
   * heartbeat before this returns.
   */
  public static RedisStorage open(
      URI redisUrl, int poolSize, PresenceSettings presenceSettings, Clock clock) {
    return open(
        new RedisTopology.Standalone(redisUrl),
        poolSize,
        presenceSettings,
        RedisDurability.STRICT,
        clock);
  }

  /**
   * Like {@link #open(URI, int, PresenceSettings, Clock)}, on any {@code topology}, with
   * acknowledged writes as {@code durability} says.
   *
   * @throws StoreException also when no replicas are waited for and Redis's append-only file could
   *     lose acknowledged messages, unless {@code durability} is relaxed
   */
  public static RedisStorage open(
      RedisTopology topology,
      int poolSize,
      PresenceSettings presenceSettings,
      RedisDurability durability,
      Clock clock) {
    Redis redis = Redis.connect(topology, poolSize, durability);
    try {
      redis.ping();
    } catch (StoreException unreachable) {
      redis.close();
      throw RedisFailures.unreachable(
          "Redis does not answer at " + topology.describe(), unreachable);
    }
    try {
      checkDurable(redis, durability);
    } catch (StoreException notDurable) {
      redis.close();
      throw notDurable;
    }
    int migrated = new RoomLogMigration(redis, RoomLogMigration.BATCH).run();
    if (migrated > 0) {
      log.info("Moved the content of {} older room logs out of their streams", migrated);
    }
    RedisStorage storage = new RedisStorage(redis, presenceSettings, clock);
    storage.presence.heartbeat();
    return storage;
  }

  /**
   * Why acknowledged messages could be lost under this append-only-file configuration ({@code
   * CONFIG GET append*}), if they could.
   */
  static Optional<String> durabilityGap(Map<String, String> appendConfig) {
    if (!"yes".equals(appendConfig.get("appendonly"))) {
      return Optional.of("appendonly is not yes: a Redis crash loses what the last snapshot lacks");
    }
    if (!"always".equals(appendConfig.get("appendfsync"))) {
      return Optional.of(
          "appendfsync is not always: a crash of Redis loses up to two seconds of messages");
    }
    return Optional.empty();
  }

  /**
   * Refuses a Redis that may lose acknowledged messages when the ack rests on its append-only file
   * alone, or warns once in the relaxed mode; managed Redis may hide CONFIG, which is then logged.
   * With replicas to wait for, a crash of the primary loses nothing acknowledged whatever it
   * fsyncs. On a cluster every primary is read, and one that may lose messages is enough to refuse.
   */
  private static void checkDurable(Redis redis, RedisDurability durability) {
    if (durability.waitsForReplicas()) {
      log.info(
          "Acknowledged writes wait for {} Redis replica(s), at most {} ms",
          durability.ackReplicas(),
          durability.ackTimeout().toMillis());
      return;
    }
    List<Map<String, String>> appendConfigs;
    try {
      appendConfigs = redis.onEachPrimary("read config", jedis -> jedis.configGet("append*"));
    } catch (StoreException e) {
      log.info("Cannot read Redis's persistence settings; make sure appendfsync is always");
      return;
    }
    Optional<String> gap =
        appendConfigs.stream()
            .map(RedisStorage::durabilityGap)
            .flatMap(Optional::stream)
            .findFirst();
    if (gap.isEmpty()) {
      return;
    }
    if (!durability.relaxed()) {
      throw new StoreException(
          "Redis may lose acknowledged messages ("
              + gap.get()
              + "). Set appendonly yes and appendfsync always, or REDIS_ACK_REPLICAS to wait for"
              + " replicas, or accept the loss with REDIS_DURABILITY=relaxed",
          null);
    }
    log.warn("REDIS_DURABILITY=relaxed: acknowledged messages may be lost, since {}", gap.get());
  }

  @Override
  public StorePorts ports() {
    return ports;
  }

  @Override
  public String mode() {
    return "redis";
  }

  /**
   * A short-lived write, done within {@link Redis#TIMEOUT}: Redis answers PING even while it
   * refuses every write (a failed append-only file write, {@code maxmemory}, a replica).
   */
  @Override
  public boolean isReachable() {
    return redis.takesWrites();
  }

  /**
   * Stops the event subscription, then closes the pool; Redis has applied every write that
   * returned, so there is nothing to flush.
   */
  @Override
  public void close() {
    events.close();
    try {
      presence.leave();
    } catch (StoreException unreachable) {
      // Its heartbeat stops with it: the other nodes drop its sockets after the node timeout.
    }
    redis.close();
  }
}
