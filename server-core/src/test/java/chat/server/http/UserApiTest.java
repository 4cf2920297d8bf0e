package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserApiTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  static ApiClient api;
  static Login caller;

  @BeforeAll
  static void start() {
    api = server.api();
    caller = api.registered("Searcher");
    for (int i = 0; i < 25; i++) {
      api.registered(String.format("Zed%02d", i));
    }
    api.registered("zebra");
  }

  @Test
  void meIsTheCaller() {
    Reply me = api.get("/api/users/me", caller.accessToken());

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body().path("userId").asText()).isEqualTo(caller.userId());
    assertThat(me.body().path("username").asText()).isEqualTo("Searcher");
    assertThat(me.body().path("status").asText()).isEqualTo("offline");
    assertThat(me.body().has("lastSeen")).isTrue();
  }

  @Test
  void searchMatchesAPrefixRegardlessOfCaseAtMost20ByName() {
    Reply found = api.get("/api/users?query=zed", caller.accessToken());

    assertThat(found.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    for (JsonNode user : found.body().path("users")) {
      names.add(user.path("username").asText());
    }
    assertThat(names).hasSize(20).allMatch(name -> name.startsWith("Zed")).isSorted();
    assertThat(api.get("/api/users?query=ZEB", caller.accessToken()).body().path("users"))
        .singleElement()
        .satisfies(user -> assertThat(user.path("username").asText()).isEqualTo("zebra"));
    assertThat(api.get("/api/users?query=nomatch", caller.accessToken()).body().path("users"))
        .isEmpty();
  }

  @Test
  void searchNeedsAQueryAndALogin() {
    assertThat(api.get("/api/users", caller.accessToken()).errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(api.get("/api/users?query=", caller.accessToken()).errorCode())
        .isEqualTo("INVALID_INPUT");
    assertThat(api.get("/api/users?query=zed", null).errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(api.get("/api/users/me", null).status()).isEqualTo(401);
  }
}
