package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Reply;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OperationsApiTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  static ApiClient api;

  @BeforeAll
  static void start() {
    api = server.api();
  }

  @Test
  void infoTellsAClientEverythingItNeedsWithoutAuth() {
    Reply info = api.get("/api/info", null);

    assertThat(info.status()).isEqualTo(200);
    assertThat(info.header("Content-Type")).startsWith("application/json");
    assertThat(info.body().path("name").asText()).isEqualTo("Chat server");
    assertThat(info.body().path("version").asText()).isNotBlank();
    assertThat(info.body().path("protocol").asInt()).isEqualTo(1);
    assertThat(info.body().path("mode").asText())
        .isEqualTo(
            System.getProperty(TestServer.NODES, "embedded").startsWith("redis")
                ? "redis"
                : "embedded");
    assertThat(server.wsUrls()).contains(info.body().path("wsUrl").asText());
    assertThat(info.body().path("features"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder(
            "search",
            "presence",
            "typing",
            "receipts",
            "read-cursors",
            "threads",
            "at-mentions",
            "edits",
            "reactions",
            "pins",
            "moderation",
            "two-factor",
            "e2ee",
            "files");
    assertThat(info.body().path("limits").path("maxContentChars").asInt()).isEqualTo(4000);
    assertThat(info.body().path("limits").path("maxFrameBytes").asInt()).isEqualTo(65536);
    assertThat(info.body().path("limits").path("maxFileBytes").asLong()).isEqualTo(26214400);
  }

  @Test
  void healthAndReadinessAreOk() {
    assertThat(api.get("/healthz", null).body().path("status").asText()).isEqualTo("ok");
    Reply ready = api.get("/readyz", null);
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body().path("status").asText()).isEqualTo("ok");
  }

  @Test
  void metricsArePrometheusText() {
    api.get("/api/info", null);

    Reply metrics = api.get("/metrics", null);

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.header("Content-Type")).startsWith("text/plain");
    assertThat(metrics.text()).contains("chat_http_requests_seconds_count");
    assertThat(metrics.text()).contains("chat_ws_connections");
    assertThat(metrics.text()).contains("jvm_memory_used_bytes");
  }

  @Test
  void refusalsAreCountedByReasonInTheMetrics() {
    for (int i = 0; i < 4; i++) { // every node of the test server gets some
      assertThat(api.get("/api/nothing-here", null).status()).isEqualTo(404);
    }

    assertThat(api.get("/metrics", null).text())
        .containsPattern("chat_refusals_total\\{reason=\"NOT_FOUND\"} [1-9]");
  }

  @Test
  void aMadeUpMethodIsNamedOtherInTheMetricsSoClientsCannotMultiplyTheSeries() {
    for (int i = 0; i < 4; i++) {
      assertThat(api.send("BREW" + i, "/api/nothing-here").status()).isEqualTo(404);
    }

    String metrics = api.get("/metrics", null).text();
    assertThat(metrics).doesNotContain("BREW").contains("method=\"OTHER\"");
  }

  @Test
  void anUnknownPathIsNotFoundInTheErrorShape() {
    Reply reply = api.get("/api/nothing-here", null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
  }

  @Test
  void aWrongMethodIs405WithAllow() {
    Reply reply = api.get("/api/auth/login", null);

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(reply.header("Allow")).isEqualTo("POST");
  }
}
