package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Reply;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code EXPORTS_PER_USER_PER_HOUR}: an export reads everything its user may read, so it is rare.
 */
class DataExportLimitApiTest {

  @RegisterExtension
  static final TestServer server = TestServer.create(Map.of("EXPORTS_PER_USER_PER_HOUR", "1"));

  @Test
  void anExportBeyondTheHourlyLimitIsRateLimitedAndOtherUsersStillExport() {
    TwoMembers members = TwoMembers.inPrivateRoom(server, "exportlim", "limit");
    String alice = members.alice().accessToken();
    assertThat(server.api(0).download("/api/users/me/export", alice).status()).isEqualTo(200);

    Reply refused = server.api(0).get("/api/users/me/export", alice);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
    assertThat(refused.body().path("error").path("retryAfterMs").asLong()).isPositive();
    assertThat(server.api(0).download("/api/users/me/export", members.bob().accessToken()).status())
        .isEqualTo(200);
  }
}
