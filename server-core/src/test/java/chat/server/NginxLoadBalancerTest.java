package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.InProcessNode;
import chat.server.support.NginxServer;
import chat.server.support.ProjectFiles;
import chat.server.support.RedisServer;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TrustingClients;
import chat.server.tls.GeneratedCertificate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes sharing a Redis behind a real nginx running the configuration that OPERATIONS.md
 * documents, read from there with only its addresses and certificate replaced: TLS ends at nginx,
 * {@code /ws} goes to the socket ports, the rest to the HTTP ports.
 */
class NginxLoadBalancerTest {

  private static final Pattern DOCUMENTED_BLOCK =
      Pattern.compile("### Behind nginx\\n.*?```nginx\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern SOCKETS_OPEN =
      Pattern.compile("^chat_ws_connections(?:\\{[^}]*})? ([0-9.]+)$", Pattern.MULTILINE);
  private static final HttpClient DIRECT = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void aClientWhoseNodeStopsReconnectsThroughNginxToTheOtherAndLosesNothing() throws Exception {
    try (RedisServer redis = RedisServer.start()) {
      int port = NginxServer.freePort();
      String publicWsUrl = "wss://127.0.0.1:" + port + "/ws";
      List<ChatServer> nodes = new ArrayList<>();
      nodes.add(node("first", redis, publicWsUrl));
      nodes.add(node("second", redis, publicWsUrl));
      Path tls = dir.resolve("lb");
      GeneratedCertificate.loadOrCreate(tls, "lb", Instant.now());
      try (NginxServer nginx =
          NginxServer.start(dir.resolve("nginx"), port, documentedBlock(port, nodes, tls))) {
        HttpClient http =
            TrustingClients.trusting(TrustingClients.readCertificate(tls.resolve("tls/cert.pem")));
        ApiClient api = ApiClient.over(http, "https://127.0.0.1:" + port);
        assertThat(api.get("/api/info", null).body().path("wsUrl").asText())
            .as("what clients are told to connect to")
            .isEqualTo(publicWsUrl);
        Login alice = api.registered("alice");
        Login bob = api.registered("bob");
        SocketClient aliceSocket = signedIn(http, publicWsUrl, alice);
        ChatServer alicesNode = sockets(nodes.get(0)) == 1 ? nodes.get(0) : nodes.get(1);
        SocketClient bobSocket = signedInElsewhere(http, publicWsUrl, bob, alicesNode);
        String roomId = InProcessNode.createRoom(aliceSocket, "behind-nginx");
        bobSocket.ok("room.join", "roomId", roomId);
        List<String> acknowledged = new ArrayList<>();
        acknowledged.add(sent(aliceSocket, roomId, "before the stop"));

        alicesNode.stop();

        assertThat(aliceSocket.awaitClose(Duration.ofSeconds(10)).code())
            .as("the stopping node says it is going away")
            .isEqualTo(1001);
        for (int i = 1; i <= 3; i++) {
          acknowledged.add(sent(bobSocket, roomId, "while alice was away " + i));
        }
        for (int i = 0; i < 4; i++) {
          assertThat(api.get("/api/info", null).status()).as("HTTP through nginx").isEqualTo(200);
        }
        try (SocketClient again = signedIn(http, publicWsUrl, alice)) {
          acknowledged.add(sent(again, roomId, "back"));
          assertThat(again.wholeHistory(roomId)).containsExactlyElementsOf(acknowledged);
        }
        bobSocket.close();
      } finally {
        for (ChatServer node : nodes) {
          node.close();
        }
      }
    }
  }

  /** A node on {@code redis} that tells clients to connect through nginx, which it trusts. */
  private ChatServer node(String name, RedisServer redis, String publicWsUrl)
      throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>(TestServer.environment(dir.resolve(name)));
    env.put("REDIS_URL", redis.url().toString());
    env.put("PUBLIC_WS_URL", publicWsUrl);
    env.put("TRUSTED_PROXIES", "127.0.0.1");
    return ChatServer.start(ServerConfig.fromEnvironment(env));
  }

  /**
   * OPERATIONS.md's configuration, listening on loopback at {@code port} with the test's
   * certificate, its two upstreams the nodes' HTTP and socket ports.
   */
  private static String documentedBlock(int port, List<ChatServer> nodes, Path tls)
      throws IOException {
    String docs = Files.readString(ProjectFiles.root().resolve("docs/OPERATIONS.md"));
    Matcher block = DOCUMENTED_BLOCK.matcher(docs);
    assertThat(block.find()).as("an nginx block under 'Behind nginx'").isTrue();
    return block
        .group(1)
        .replace("listen 443 ssl;", "listen 127.0.0.1:" + port + " ssl;")
        .replace("/etc/ssl/chat/fullchain.pem", tls.resolve("tls/cert.pem").toString())
        .replace("/etc/ssl/chat/privkey.pem", tls.resolve("tls/key.pem").toString())
        .replace("10.0.0.11:5000", "127.0.0.1:" + nodes.get(0).httpPort())
        .replace("10.0.0.12:5000", "127.0.0.1:" + nodes.get(1).httpPort())
        .replace("10.0.0.11:5001", "127.0.0.1:" + nodes.get(0).wsPort())
        .replace("10.0.0.12:5001", "127.0.0.1:" + nodes.get(1).wsPort());
  }

  private static SocketClient signedIn(HttpClient http, String wsUrl, Login login) {
    SocketClient socket = SocketClient.connect(http, wsUrl, login.accessToken());
    socket.ok("ping");
    return socket;
  }

  /** A socket through nginx that landed on the node other than {@code taken}. */
  private static SocketClient signedInElsewhere(
      HttpClient http, String wsUrl, Login login, ChatServer taken) throws Exception {
    for (int attempt = 0; attempt < 4; attempt++) {
      SocketClient socket = signedIn(http, wsUrl, login);
      if (sockets(taken) == 1) {
        return socket;
      }
      socket.close();
      awaitSockets(taken, 1);
    }
    throw new AssertionError("nginx sent every socket to one node");
  }

  private static String sent(SocketClient socket, String roomId, String content) {
    return socket
        .ok("message.send", "roomId", roomId, "content", content, "clientMsgId", content)
        .path("message")
        .path("messageId")
        .asText();
  }

  /** The sockets a node holds, from its own metrics. */
  private static int sockets(ChatServer node) throws IOException, InterruptedException {
    HttpResponse<String> metrics =
        DIRECT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + "/metrics"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher open = SOCKETS_OPEN.matcher(metrics.body());
    assertThat(open.find()).as("chat_ws_connections in /metrics").isTrue();
    return (int) Double.parseDouble(open.group(1));
  }

  private static void awaitSockets(ChatServer node, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (sockets(node) != count) {
      assertThat(System.nanoTime()).as("sockets of a node settling").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
