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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * When more logins arrive than the hashing queue holds, the rest are refused at once with a time to
 * wait, rather than queued without end. One seat in the queue and bcrypt at cost 12 (a quarter of a
 * second a hash) make a dozen simultaneous logins overflow it.
 */
class PasswordHashQueueApiTest {

  @RegisterExtension
  static final TestServer server =
      TestServer.create(Map.of("BCRYPT_COST", "12", "PASSWORD_HASH_QUEUE", "1"));

  @Test
  void loginsBeyondTheHashingQueueAreRateLimitedWithATimeToWait() throws Exception {
    ApiClient node = server.api();
    List<Reply> replies = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Reply>> logins = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String name = "queued" + i;
        logins.add(threads.submit(() -> node.login(name, "some password")));
      }
      for (Future<Reply> login : logins) {
        replies.add(login.get());
      }
    }

    List<Reply> limited = replies.stream().filter(r -> r.status() == 429).toList();
    assertThat(limited).isNotEmpty();
    assertThat(limited)
        .allSatisfy(
            reply -> {
              assertThat(reply.errorCode()).isEqualTo("RATE_LIMITED");
              assertThat(reply.body().path("error").path("retryAfterMs").asLong()).isPositive();
              assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
            });
    assertThat(replies)
        .filteredOn(reply -> reply.status() != 429)
        .isNotEmpty()
        .allSatisfy(reply -> assertThat(reply.errorCode()).isEqualTo("INVALID_CREDENTIALS"));
  }
}
