package chat.server.store.redis;

import chat.server.store.RedisTopology;
import chat.server.store.StoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.resps.ClusterShardInfo;
import redis.clients.jedis.resps.ClusterShardNodeInfo;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * The Redis processes behind one {@link Redis}: the one standalone server, the primary Sentinel
 * names, or the shards of a cluster. It answers what a pooled client alone cannot: a connection of
 * one's own to the primary that owns a key (for {@code MULTI} and for {@code WAIT}, which must run
 * where the write ran), and a connection to every primary (for what concerns a whole server: its
 * configuration, a {@code SCAN} of its keys).
 */
sealed interface RedisNodes {

  /** How many slots a Redis Cluster splits its keys into. */
  int SLOTS = 16_384;

  /** The pooled client for everything else; on a cluster it routes each command by its key. */
  UnifiedJedis client();

  /** How every connection signs in, times out and names itself. */
  JedisClientConfig config();

  /** A new pipeline; on a cluster, one that sends each command to its key's shard. */
  AbstractPipeline pipelined();

  /**
   * Whether every slot has a primary: on a cluster, whether {@code jedis}'s node says {@code
   * cluster_state:ok} (a shard lost without a replica to promote leaves some rooms unwritable while
   * other shards are well).
   */
  boolean servesEverySlot(Jedis jedis);

  /**
   * A pooled connection to the primary that owns {@code key}'s slot; closing it gives it back. On a
   * cluster that relies on the client's map of slots, which {@link #refresh} renews.
   */
  Connection forKey(String key);

  /** Runs {@code commands} on each primary in turn, with a pooled connection to it. */
  <T> List<T> onEachPrimary(Function<Jedis, T> commands);

  /**
   * Where a connection outside the pools goes (a subscriber's): the server, or the {@code
   * attempt}-th node of the cluster in turn, so that a subscriber whose node died tries another.
   */
  HostAndPort subscriberAddress(int attempt);

  /**
   * Whether a subscriber connected to {@code address} should move: with Sentinel, once that is no
   * longer the primary; elsewhere never.
   */
  boolean movedFrom(HostAndPort address);

  /** After a redirection or a lost node: asks the cluster again which node owns which slots. */
  void refresh();

  /**
   * Each primary, with the slots it serves: on a cluster, as a node that answers says now ({@code
   * CLUSTER SHARDS}; a shard with no primary online is left out); elsewhere the one primary, with
   * every slot.
   */
  Map<HostAndPort, BitSet> slotsOfEachPrimary();

  /** Every one of the {@value #SLOTS} slots of Redis Cluster. */
  private static Map<HostAndPort, BitSet> everySlotOn(HostAndPort primary) {
    BitSet all = new BitSet(SLOTS);
    all.set(0, SLOTS);
    return Map.of(primary, all);
  }

  /**
   * How a connection to a data node signs in with {@code credentials} ({@link
   * RedisClients#clientConfig}: every wait bounded, TLS trusting what they say).
   */
  private static JedisClientConfig signingIn(RedisTopology.Credentials credentials) {
    return RedisClients.clientConfig(
        DefaultJedisClientConfig.builder()
            .user(credentials.user().orElse(null))
            .password(credentials.password().orElse(null))
            .ssl(credentials.tls()),
        credentials.trust());
  }

  /** The one standalone Redis at {@code address}. */
  record Single(RedisClient client, HostAndPort address, JedisClientConfig config)
      implements RedisNodes {

    @Override
    public boolean servesEverySlot(Jedis jedis) {
      return true;
    }

    @Override
    public AbstractPipeline pipelined() {
      return client.pipelined();
    }

    @Override
    public Connection forKey(String key) {
      return client.getPool().getResource();
    }

    @Override
    public <T> List<T> onEachPrimary(Function<Jedis, T> commands) {
      try (Jedis jedis = new Jedis(client.getPool().getResource())) {
        return List.of(commands.apply(jedis));
      }
    }

    @Override
    public HostAndPort subscriberAddress(int attempt) {
      return address;
    }

    @Override
    public boolean movedFrom(HostAndPort address) {
      return false;
    }

    @Override
    public void refresh() {}

    @Override
    public Map<HostAndPort, BitSet> slotsOfEachPrimary() {
      return everySlotOn(address);
    }
  }

  /**
   * A primary and its replicas watched by Sentinel, through Jedis's Sentinel client: it asks the
   * sentinels, in their order, where the primary is, keeps its pool on that primary, and listens on
   * every sentinel for {@code +switch-master} to move the pool to a promoted replica (decision
   * record 0017).
   */
  record Sentineled(RedisSentinelClient client, JedisClientConfig config) implements RedisNodes {

    /**
     * @throws StoreException if no sentinel answers where the primary is
     */
    static Sentineled connect(RedisTopology.Sentinel sentinel, ConnectionPoolConfig pool) {
      RedisTopology.Credentials credentials = sentinel.credentials();
      JedisClientConfig config = signingIn(credentials);
      JedisClientConfig sentinelConfig =
          RedisClients.clientConfig(
              DefaultJedisClientConfig.builder()
                  // Jedis speaks RESP2 to sentinels; saying so spares a warning per connection.
                  .serverDefaultProtocol()
                  .user(sentinel.sentinelUser().orElse(null))
                  .password(sentinel.sentinelPassword().orElse(null))
                  .ssl(credentials.tls()),
              credentials.trust());
      Set<HostAndPort> sentinels = new LinkedHashSet<>();
      sentinel.sentinels().forEach(at -> sentinels.add(new HostAndPort(at.host(), at.port())));
      try {
        return new Sentineled(
            RedisSentinelClient.builder()
                .masterName(sentinel.masterName())
                .sentinels(sentinels)
                .sentinelClientConfig(sentinelConfig)
                .clientConfig(config)
                .poolConfig(pool)
                .build(),
            config);
      } catch (JedisException e) {
        throw RedisFailures.unreachable(
            "No sentinel says where the primary is: " + sentinel.describe(),
            withWhyTheFirstFails(e, sentinels.iterator().next(), sentinelConfig));
      }
    }

    /**
     * {@code e}, with the failure of a connection to {@code first} added as suppressed: Jedis's
     * Sentinel client says only that no sentinel answered, and asking one again says why (an
     * untrusted certificate, a wrong password), if it still fails.
     */
    private static JedisException withWhyTheFirstFails(
        JedisException e, HostAndPort first, JedisClientConfig sentinelConfig) {
      try (Connection connection = new Connection(first, sentinelConfig)) {
        connection.ping();
      } catch (JedisException why) {
        e.addSuppressed(why);
      }
      return e;
    }

    @Override
    public boolean servesEverySlot(Jedis jedis) {
      return true;
    }

    @Override
    public AbstractPipeline pipelined() {
      return client.pipelined();
    }

    @Override
    public Connection forKey(String key) {
      return client.getPrimaryNodesConnectionMap().values().iterator().next().getResource();
    }

    @Override
    public <T> List<T> onEachPrimary(Function<Jedis, T> commands) {
      try (Jedis jedis = new Jedis(forKey(""))) {
        return List.of(commands.apply(jedis));
      }
    }

    @Override
    public HostAndPort subscriberAddress(int attempt) {
      return client.getCurrentMaster();
    }

    @Override
    public boolean movedFrom(HostAndPort address) {
      return !address.equals(client.getCurrentMaster());
    }

    @Override
    public void refresh() {}

    @Override
    public Map<HostAndPort, BitSet> slotsOfEachPrimary() {
      return everySlotOn(client.getCurrentMaster());
    }
  }

  /** The shards of a Redis Cluster, as {@link RedisClusterClient} knows them. */
  record Cluster(RedisClusterClient client, JedisClientConfig config) implements RedisNodes {

    /** On a cluster: how long a command may be retried on other nodes, in all. */
    static final Duration RETRIES = Redis.TIMEOUT.multipliedBy(3);

    /** How often the client reads the map of slots again, whatever happened. */
    private static final Duration TOPOLOGY_REFRESH = Duration.ofSeconds(5);

    /**
     * Reads the replies of a pipeline that went to several shards, one virtual thread per shard.
     * Without it Jedis makes a pool of three platform threads for each such pipeline, and shuts it
     * down after.
     */
    private static final ExecutorService PIPELINE_REPLIES =
        Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Jedis's cluster client on {@code cluster}, with {@code pool} for each node and {@link
     * Redis#TIMEOUT} for each wait. A command that meets a moved slot or a lost node is retried on
     * the node the cluster names, for at most {@link #RETRIES} in all; the map of slots is also
     * read again every {@link #TOPOLOGY_REFRESH}, so pipelines and connections of one's own follow
     * a failover soon after.
     *
     * @throws StoreException if no seed answers with the map of slots
     */
    static Cluster connect(RedisTopology.Cluster cluster, ConnectionPoolConfig pool) {
      JedisClientConfig config = signingIn(cluster.credentials());
      Set<HostAndPort> seeds = new LinkedHashSet<>();
      cluster.seeds().forEach(seed -> seeds.add(new HostAndPort(seed.host(), seed.port())));
      try {
        return new Cluster(
            RedisClusterClient.builder()
                .nodes(seeds)
                .clientConfig(config)
                .poolConfig(pool)
                .maxTotalRetriesDuration(RETRIES)
                .topologyRefreshPeriod(TOPOLOGY_REFRESH)
                .build(),
            config);
      } catch (JedisException e) {
        throw RedisFailures.unreachable("No node of the cluster answers: " + cluster.describe(), e);
      }
    }

    @Override
    public boolean servesEverySlot(Jedis jedis) {
      return jedis.clusterInfo().contains("cluster_state:ok");
    }

    @Override
    public AbstractPipeline pipelined() {
      return client.pipelined(PIPELINE_REPLIES);
    }

    @Override
    public Connection forKey(String key) {
      return client.getConnectionFromSlot(JedisClusterCRC16.getSlot(key));
    }

    @Override
    public <T> List<T> onEachPrimary(Function<Jedis, T> commands) {
      List<T> results = new ArrayList<>();
      for (ConnectionPool pool : client.getClusterNodes().values()) {
        try (Jedis jedis = new Jedis(pool.getResource())) {
          if ("master".equals(jedis.role().getFirst())) {
            results.add(commands.apply(jedis));
          }
        }
      }
      return results;
    }

    @Override
    public boolean movedFrom(HostAndPort address) {
      return false;
    }

    @Override
    public HostAndPort subscriberAddress(int attempt) {
      List<String> nodes = new ArrayList<>(client.getClusterNodes().keySet());
      if (nodes.isEmpty()) {
        throw new JedisConnectionException("no node of the cluster is known");
      }
      return HostAndPort.from(nodes.get(Math.floorMod(attempt, nodes.size())));
    }

    @Override
    public void refresh() {
      client.refreshClusterTopology();
    }

    /**
     * @throws JedisConnectionException if no node the client knows answers
     */
    @Override
    public Map<HostAndPort, BitSet> slotsOfEachPrimary() {
      JedisException last = new JedisConnectionException("no node of the cluster is known");
      for (ConnectionPool pool : client.getClusterNodes().values()) {
        try (Jedis jedis = new Jedis(pool.getResource())) {
          return primariesOf(jedis.clusterShards());
        } catch (JedisException e) {
          last = e;
        }
      }
      throw last;
    }

    private Map<HostAndPort, BitSet> primariesOf(List<ClusterShardInfo> shards) {
      Map<HostAndPort, BitSet> primaries = new HashMap<>();
      for (ClusterShardInfo shard : shards) {
        for (ClusterShardNodeInfo node : shard.getNodes()) {
          if ("master".equals(node.getRole()) && "online".equals(node.getHealth())) {
            primaries.put(addressOf(node), slotsOf(shard));
          }
        }
      }
      return primaries;
    }

    /** Where this client reaches {@code node}: its TLS port if it connects with TLS. */
    private HostAndPort addressOf(ClusterShardNodeInfo node) {
      Long port = config.isSsl() && node.getTlsPort() != null ? node.getTlsPort() : node.getPort();
      return new HostAndPort(node.getIp(), port.intValue());
    }

    private static BitSet slotsOf(ClusterShardInfo shard) {
      BitSet slots = new BitSet(SLOTS);
      for (List<Long> range : shard.getSlots()) {
        slots.set(range.get(0).intValue(), range.get(1).intValue() + 1);
      }
      return slots;
    }
  }
}
