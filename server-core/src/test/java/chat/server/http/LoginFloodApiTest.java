package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Reply;
import chat.server.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Floods of logins and registrations from one address cost that address, not everyone else. Each
 * client address is a different loopback address ({@code 127.0.0.x}); every test talks to one node,
 * since limits are kept per node. bcrypt runs at cost 10 here (tens of milliseconds a hash), so
 * that a queue of hashes takes measurable time.
 */
class LoginFloodApiTest {

  static final int LOGINS_PER_ADDRESS = 5;
  static final int REGISTRATIONS_PER_ADDRESS = 3;
  static final int BURST = 150;
  static final String PASSWORD = "correct horse battery";

  @RegisterExtension
  static final TestServer server =
      TestServer.create(
          Map.of(
              "BCRYPT_COST", "10",
              "LOGINS_PER_ADDRESS_PER_MINUTE", String.valueOf(LOGINS_PER_ADDRESS),
              "REGISTRATIONS_PER_ADDRESS_PER_HOUR", String.valueOf(REGISTRATIONS_PER_ADDRESS)));

  static ApiClient node;

  @BeforeAll
  static void aKnownUser() {
    node = server.api();
    node.registered("floodlegit");
  }

  @Test
  void aBurstOfBadLoginsFromOneAddressDoesNotHoldUpACorrectLoginFromAnother() throws Exception {
    try (ApiClient attacker = node.from("127.0.0.2");
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Reply>> burst = new ArrayList<>();
      for (int i = 0; i < BURST; i++) {
        String name = "spray" + i;
        burst.add(threads.submit(() -> attacker.login(name, "guess " + name)));
      }
      awaitFirstAnswer(burst);

      long start = System.nanoTime();
      Reply correct = node.from("127.0.0.3").login("floodlegit", PASSWORD);
      long tookMillis = (System.nanoTime() - start) / 1_000_000;

      assertThat(correct.status()).isEqualTo(200);
      // 150 hashes queued ahead take about ten seconds even on an idle machine; the few that one
      // address may start take well under one there. The bound leaves room for a busy machine.
      assertThat(tookMillis).isLessThan(8_000);
      int limited = 0;
      for (Future<Reply> attempt : burst) {
        Reply reply = attempt.get();
        if (reply.status() == 429) {
          limited++;
          assertThat(reply.body().path("error").path("retryAfterMs").asLong()).isPositive();
        } else {
          assertThat(reply.errorCode()).isEqualTo("INVALID_CREDENTIALS");
        }
      }
      assertThat(limited).isGreaterThanOrEqualTo(BURST - LOGINS_PER_ADDRESS);
    }
  }

  @Test
  void oneAddressCannotSprayPasswordsOverManyNames() {
    ApiClient sprayer = node.from("127.0.0.4");
    for (int i = 0; i < LOGINS_PER_ADDRESS; i++) {
      assertThat(sprayer.login("victim" + i, "Summer2026!").errorCode())
          .isEqualTo("INVALID_CREDENTIALS");
    }

    Reply limited = sprayer.login("floodlegit", PASSWORD);

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
    assertThat(limited.body().path("error").path("retryAfterMs").asLong()).isPositive();
    assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    assertThat(node.from("127.0.0.5").login("floodlegit", PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void registrationsAreLimitedPerAddressAndARefusedOneCreatesNoUser() {
    ApiClient registrar = node.from("127.0.0.6");
    for (int i = 0; i < REGISTRATIONS_PER_ADDRESS; i++) {
      assertThat(registrar.register("bulk" + i, PASSWORD).status()).isEqualTo(201);
    }

    Reply limited = registrar.register("bulkextra", PASSWORD);

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
    assertThat(limited.body().path("error").path("retryAfterMs").asLong()).isPositive();
    assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    ApiClient elsewhere = node.from("127.0.0.7");
    assertThat(elsewhere.login("bulkextra", PASSWORD).errorCode()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(elsewhere.register("bulkextra", PASSWORD).status()).isEqualTo(201);
  }

  /** Waits until the server has answered one of the burst, so the rest have reached it too. */
  private static void awaitFirstAnswer(List<Future<Reply>> burst) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (burst.stream().noneMatch(Future::isDone) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }
}
