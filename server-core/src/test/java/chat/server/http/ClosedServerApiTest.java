package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server started with {@code REGISTRATION=closed}: only its first account, the owner, gets in.
 */
class ClosedServerApiTest {

  @RegisterExtension
  static final TestServer server = TestServer.create(Map.of("REGISTRATION", "closed"));

  @Test
  void theFirstAccountRegistersAndBecomesOwnerAndNobodyAfterIt() {
    ApiClient api = server.api();

    ApiClient.Reply first = api.register("founder", "correct horse battery");
    ApiClient.Reply second = server.api().register("second", "correct horse battery");

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.body().path("role").asText()).isEqualTo("owner");
    assertThat(second.errorCode()).isEqualTo("REGISTRATION_CLOSED");
    assertThat(
            api.get("/api/admin/registration", ApiClient.login(first).accessToken())
                .body()
                .path("mode")
                .asText())
        .isEqualTo("closed");
  }
}
