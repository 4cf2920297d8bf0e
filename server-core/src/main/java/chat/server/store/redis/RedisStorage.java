package chat.server.store.redis;

import chat.server.store.EventBus;
import chat.server.store.MessageStore;
import chat.server.store.PresenceStore;
import chat.server.store.RoomStore;
import chat.server.store.SecretStore;
import chat.server.store.SessionStore;
import chat.server.store.Storage;
import chat.server.store.StoreException;
import chat.server.store.UserStore;
import java.net.URI;
import java.time.Clock;

/**
 * The adapter for many nodes sharing one Redis: every port on core Redis commands (6.2 and later),
 * with the key layout of {@link RedisKeys}, and events by pub/sub ({@link RedisEventBus}).
 *
 * <p>What Redis must be configured with, for the protocol's promises to hold: {@code appendonly
 * yes} and {@code appendfsync always} (see {@link RedisMessageStore} on durability), and {@code
 * maxmemory-policy noeviction}, since every key here is data, not cache.
 */
public final class RedisStorage implements Storage {

  private final Redis redis;
  private final UserStore users;
  private final SessionStore sessions;
  private final RoomStore rooms;
  private final MessageStore messages;
  private final RedisEventBus events;
  private final SecretStore secrets;
  private final RedisPresenceStore presence;

  private RedisStorage(Redis redis, PresenceSettings presenceSettings, Clock clock) {
    this.redis = redis;
    this.users = new RedisUserStore(redis);
    this.sessions = new RedisSessionStore(redis);
    this.rooms = new RedisRoomStore(redis);
    this.messages = new RedisMessageStore(redis);
    this.events = new RedisEventBus(redis);
    this.secrets = new RedisSecretStore(redis);
    this.presence = new RedisPresenceStore(redis, presenceSettings, clock);
  }

  /**
   * Connects to {@code redis://[[user]:password@]host[:port][/db]} ({@code rediss://} for TLS) and
   * checks that Redis answers.
   *
   * @throws IllegalArgumentException if the URL is not such a URL
   * @throws StoreException if Redis does not answer within a few seconds
   */
  public static RedisStorage open(URI redisUrl) {
    return open(redisUrl, PresenceSettings.DEFAULTS, Clock.systemUTC());
  }

  /**
   * Like {@link #open(URI)}, with presence kept as {@code presenceSettings} say and time read from
   * {@code clock}. The node announces itself with a first heartbeat before this returns.
   */
  public static RedisStorage open(URI redisUrl, PresenceSettings presenceSettings, Clock clock) {
    Redis redis = Redis.connect(redisUrl);
    if (!redis.ping()) {
      redis.close();
      throw new StoreException("Redis does not answer at " + Redis.withoutPassword(redisUrl), null);
    }
    RedisStorage storage = new RedisStorage(redis, presenceSettings, clock);
    storage.presence.heartbeat();
    return storage;
  }

  @Override
  public UserStore users() {
    return users;
  }

  @Override
  public SessionStore sessions() {
    return sessions;
  }

  @Override
  public RoomStore rooms() {
    return rooms;
  }

  @Override
  public MessageStore messages() {
    return messages;
  }

  @Override
  public EventBus events() {
    return events;
  }

  @Override
  public PresenceStore presence() {
    return presence;
  }

  @Override
  public SecretStore secrets() {
    return secrets;
  }

  @Override
  public String mode() {
    return "redis";
  }

  /** A PING, answered within {@link Redis#TIMEOUT} or counted as unreachable. */
  @Override
  public boolean isReachable() {
    return redis.ping();
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
