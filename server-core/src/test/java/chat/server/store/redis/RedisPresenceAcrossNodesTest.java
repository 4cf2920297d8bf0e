package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.MovableClock;
import chat.server.support.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two nodes (two storages) on one Redis, with a clock the test moves. */
class RedisPresenceAcrossNodesTest {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  private static final PresenceSettings SETTINGS =
      new PresenceSettings(Duration.ofSeconds(30), 1_000, 0.01);

  private final MovableClock clock = new MovableClock();
  private final List<RedisStorage> nodes = new ArrayList<>();

  @AfterEach
  void closeNodes() {
    nodes.forEach(RedisStorage::close);
  }

  @Test
  void aUserIsOnlineWhileAnyNodeHoldsOneOfTheirSockets() {
    RedisStorage a = node();
    RedisStorage b = node();
    a.presence().socketOpened("u-ann");
    b.presence().socketOpened("u-ann");

    assertThat(a.presence().socketClosed("u-ann")).as("still open on b").isFalse();
    assertThat(a.presence().onlineAmong(List.of("u-ann"))).containsExactly("u-ann");
    assertThat(b.presence().socketClosed("u-ann")).isTrue();
    assertThat(a.presence().onlineAmong(List.of("u-ann"))).isEmpty();
  }

  @Test
  void theUsersOfANodeThatStopsBeatingGoOfflineAfterTheNodeTimeout() {
    RedisStorage dying = node();
    RedisStorage survivor = node();
    dying.presence().socketOpened("u-ann");
    survivor.presence().socketOpened("u-bob");

    clock.advance(Duration.ofSeconds(29));
    survivor.presence().heartbeat();
    assertThat(survivor.presence().onlineAmong(List.of("u-ann", "u-bob")))
        .containsExactlyInAnyOrder("u-ann", "u-bob");

    clock.advance(Duration.ofSeconds(2));
    survivor.presence().heartbeat();

    assertThat(survivor.presence().onlineAmong(List.of("u-ann", "u-bob"))).containsExactly("u-bob");
    Set<String> nodeHashes =
        redis.keys().stream()
            .filter(key -> key.startsWith("chat:{node:"))
            .collect(Collectors.toSet());
    assertThat(nodeHashes).as("the dead node's counts are cleared").hasSize(1);
  }

  @Test
  void aNodeThatClosesTakesItsSocketsWithItAtOnce() {
    RedisStorage leaving = node();
    RedisStorage staying = node();
    leaving.presence().socketOpened("u-ann");

    leaving.close();
    nodes.remove(leaving);

    assertThat(staying.presence().onlineAmong(List.of("u-ann"))).isEmpty();
  }

  @Test
  void aLargeMemberListIsAnsweredThroughTheFilterWithoutMissingAnyoneOnline() {
    RedisStorage a = node();
    RedisStorage b = node();
    List<String> members = IntStream.range(0, 1000).mapToObj(i -> "u-" + i).toList();
    List<String> online = members.stream().filter(id -> id.endsWith("7")).toList();
    online.forEach(id -> (id.hashCode() % 2 == 0 ? a : b).presence().socketOpened(id));

    assertThat(a.presence().onlineAmong(members)).containsExactlyInAnyOrderElementsOf(online);

    clock.advance(Duration.ofSeconds(31));
    a.presence().heartbeat();
    b.presence().heartbeat();
    assertThat(b.presence().onlineAmong(members))
        .as("still found after the filter window turned")
        .containsExactlyInAnyOrderElementsOf(online);
  }

  private RedisStorage node() {
    RedisStorage node =
        RedisStorage.open(
            redis.topology(),
            Redis.POOL_SIZE,
            SETTINGS,
            RedisDurability.defaultFor(redis.topology()),
            clock);
    nodes.add(node);
    return node;
  }
}
