package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Limits;
import chat.server.support.AdminApi;
import chat.server.support.ApiClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Refused sign-ins become one audit entry per burst, with the address. Each test guesses from a
 * loopback address of its own, on one node, since limits are kept per node.
 */
class SignInBurstAuditApiTest {

  static final int LOGINS_PER_NAME = 3;
  static final int LOGINS_PER_ADDRESS = 6;

  @RegisterExtension
  static final TestServer server =
      TestServer.create(
          Map.of(
              "LOGIN_ATTEMPTS_PER_MINUTE", String.valueOf(LOGINS_PER_NAME),
              "LOGINS_PER_ADDRESS_PER_MINUTE", String.valueOf(LOGINS_PER_ADDRESS)));

  static AdminApi api;

  @BeforeAll
  static void start() {
    api = AdminApi.ownedServer(server);
  }

  private static List<JsonNode> burstsFrom(String address) {
    return api.audit("sign_in_burst").stream()
        .filter(entry -> entry.path("address").asText().equals(address))
        .toList();
  }

  @Test
  void manyWrongPasswordsForOneNameAreOneEntryWithTheNameAndAddress() {
    api.here.registered("guessed");
    try (ApiClient attacker = api.here.from("127.0.0.5")) {
      for (int i = 0; i < LOGINS_PER_NAME + 2; i++) {
        attacker.login("Guessed", "guess " + i);
      }
      assertThat(attacker.login("guessed", "guess again").errorCode()).isEqualTo("RATE_LIMITED");
    }

    List<JsonNode> bursts = burstsFrom("127.0.0.5");
    assertThat(bursts).hasSize(1);
    assertThat(bursts.getFirst().path("target").asText()).isEqualTo("guessed");
    assertThat(bursts.getFirst().has("actorId")).isFalse();
  }

  @Test
  void aBurstOfLoginsWithAHugeNameIsRecordedWithTheNameCutToTheLongestUsername() {
    String huge = "x".repeat(10_000);
    try (ApiClient attacker = api.here.from("127.0.0.8")) {
      for (int i = 0; i < LOGINS_PER_NAME + 2; i++) {
        attacker.login(huge, "guess " + i);
      }
    }

    List<JsonNode> bursts = burstsFrom("127.0.0.8");
    assertThat(bursts).hasSize(1);
    assertThat(bursts.getFirst().path("target").asText())
        .isEqualTo(huge.substring(0, Limits.USERNAME_MAX));
  }

  @Test
  void sprayingManyNamesFromOneAddressIsOneEntryWithoutAName() {
    try (ApiClient attacker = api.here.from("127.0.0.6")) {
      for (int i = 0; i < LOGINS_PER_ADDRESS + 4; i++) {
        attacker.login("spray" + i, "guess");
      }
    }

    List<JsonNode> bursts = burstsFrom("127.0.0.6");
    assertThat(bursts).hasSize(1);
    assertThat(bursts.getFirst().has("target")).isFalse();
  }

  @Test
  void wrongPasswordsWithinTheLimitsAreNotRecorded() {
    try (ApiClient someone = api.here.from("127.0.0.7")) {
      someone.login("owner", "not the password");
    }

    assertThat(burstsFrom("127.0.0.7")).isEmpty();
  }
}
