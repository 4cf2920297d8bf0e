package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.server.MessageNew;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.redis.RedisStorage;
import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The promise that a revoked session's sockets are closed with 4401 within a second holds when the
 * socket is on another node and that node is busy delivering a heavy stream to it: the revocation
 * must not wait behind the deliveries queued before it.
 */
class SessionRevocationUnderLoadTest {

  @RegisterExtension static final TestServer nodes = TestServer.twoRedisNodes();

  private static final int ROUNDS = 4;
  private static final int FLOODING_THREADS = 4;
  private static final Duration BACKLOG_BUILDUP = Duration.ofMillis(700);
  private static final String CONTENT = "flood ".repeat(300);

  @Test
  void aRevokedSocketOnAnotherNodeClosesWith4401WithinOneSecondUnderAHeavyStream()
      throws Exception {
    ApiClient onA = nodes.api(0);
    onA.registered("flooded");
    try (RedisStorage flooder = RedisStorage.open(nodes.redis().url())) {
      for (int round = 0; round < ROUNDS; round++) {
        Login victim = ApiClient.login(onA.login("flooded", "correct horse battery"));
        SocketClient onB = nodes.connect(1, victim);
        Flood flood = new Flood(flooder.events(), victim.userId());
        try {
          Thread.sleep(BACKLOG_BUILDUP);

          assertThat(onA.post("/api/auth/logout", victim.accessToken(), Map.of()).status())
              .isEqualTo(204);
          SocketClient.Close close = onB.awaitClose(Duration.ofSeconds(1));

          assertThat(close.code()).as("round %d", round).isEqualTo(4401);
        } finally {
          flood.stop();
        }
        assertThat(flood.published()).as("round %d published a flood", round).isGreaterThan(100);
      }
    }
  }

  /** Threads publishing new messages for one user as fast as Redis takes them. */
  private static final class Flood {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong published = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();

    Flood(EventBus bus, String userId) {
      for (int t = 0; t < FLOODING_THREADS; t++) {
        threads.add(
            Thread.ofPlatform()
                .daemon()
                .start(
                    () -> {
                      while (running.get()) {
                        long n = published.incrementAndGet();
                        Message message =
                            Message.text("m" + n, "r1", "u0", "sender", CONTENT, n, "c" + n);
                        bus.publish(new BusEvent.Delivery(Set.of(userId), new MessageNew(message)));
                      }
                    }));
      }
    }

    long published() {
      return published.get();
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread thread : threads) {
        thread.join(Duration.ofSeconds(5));
      }
    }
  }
}
