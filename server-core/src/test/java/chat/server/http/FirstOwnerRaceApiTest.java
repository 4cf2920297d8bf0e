package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Reply;
import chat.server.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * First registrations racing on a new server (over both nodes when there are two): exactly one
 * becomes the owner.
 */
class FirstOwnerRaceApiTest {

  private static final int RACERS = 8;

  @RegisterExtension static final TestServer server = TestServer.create();

  @Test
  void racingFirstRegistrationsGiveExactlyOneOwner() throws Exception {
    List<ApiClient> clients = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      clients.add(server.api());
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reply>> replies = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < RACERS; i++) {
        ApiClient client = clients.get(i);
        String name = "racer" + i;
        replies.add(
            executor.submit(
                () -> {
                  start.await();
                  return client.register(name, "correct horse battery");
                }));
      }
      start.countDown();
      List<String> roles = new ArrayList<>();
      for (Future<Reply> reply : replies) {
        Reply registered = reply.get(30, TimeUnit.SECONDS);
        assertThat(registered.status()).isEqualTo(201);
        roles.add(registered.body().path("role").asText());
      }
      assertThat(roles).filteredOn("owner"::equals).hasSize(1);
      assertThat(roles).filteredOn("member"::equals).hasSize(RACERS - 1);
    } finally {
      clients.forEach(ApiClient::close);
    }
  }
}
