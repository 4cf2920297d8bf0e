package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.support.LiveServer;
import chat.client.support.Ports;
import chat.client.support.TimingSensitive;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding the server behind an address as people type it, against a real plain server, a real TLS
 * server, a port where nothing listens and HTTP servers that are not chat servers.
 */
@TimingSensitive
class ServerProbeTest {

  /** Short, so that a request left without an answer fails fast: none of these should need it. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);

  @TempDir static Path servers;
  private static LiveServer plain;
  private static LiveServer tls;

  @TempDir Path dir;
  private Settings settings;
  private Session client;

  @BeforeAll
  static void startServers() {
    plain = LiveServer.start(servers.resolve("plain"));
    tls = LiveServer.startTls(servers.resolve("tls"));
  }

  @AfterAll
  static void stopServers() {
    plain.close();
    tls.close();
  }

  @BeforeEach
  void openClient() {
    settings = Settings.load(dir.resolve("settings.json"));
    client =
        new Session(
            () -> Session.defaultHttp().newBuilder().readTimeout(READ_TIMEOUT).build(),
            Runnable::run,
            ReconnectPolicy.standard(),
            settings,
            dir.resolve("outbox"),
            Clock.systemUTC());
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void aBareAddressOfATlsServerLeadsToItsCertificateNotToCannotReach() {
    long servedBefore = tls.requestsServed(); // the server is shared by this class's tests
    RuntimeException failure = failureOf(hostPort(tls));

    assertThat(failure).isInstanceOf(UntrustedCertificateException.class);
    UntrustedCertificateException refused = (UntrustedCertificateException) failure;
    assertThat(refused.server()).isEqualTo(hostPort(tls));
    assertThat(refused.presented()).isEqualTo(tls.fingerprint());
    assertThat(tls.requestsServed()).as("nothing sent before trusting").isEqualTo(servedBefore);

    settings.pinCertificate(hostPort(tls), refused.presented());
    client.probe(ServerAddress.candidates(hostPort(tls))).join();

    assertThat(client.address().url()).isEqualTo("https://" + hostPort(tls));
  }

  @Test
  void aBareAddressOfAPlainServerIsReachedOverPlainHttpWithoutWaitingForTls() {
    long start = System.nanoTime();

    client.probe(ServerAddress.candidates(hostPort(plain))).join();

    assertThat(client.address().url()).isEqualTo("http://" + hostPort(plain));
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("the plain server's silence to TLS is not waited out")
        .isLessThan(READ_TIMEOUT);
  }

  @Test
  void anAddressTypedWithHttpReachesATlsServerThroughItsCertificate() {
    long servedBefore = tls.requestsServed();
    RuntimeException failure = failureOf("http://" + hostPort(tls));

    assertThat(failure).isInstanceOf(UntrustedCertificateException.class);
    assertThat(tls.requestsServed()).as("nothing sent before trusting").isEqualTo(servedBefore);
    settings.pinCertificate(hostPort(tls), tls.fingerprint());
    client.probe(ServerAddress.candidates("http://" + hostPort(tls))).join();

    assertThat(client.address().url()).isEqualTo("https://" + hostPort(tls));
  }

  @Test
  void anAddressTypedWithHttpReachesAPlainServerInPlain() {
    client.probe(ServerAddress.candidates("http://" + hostPort(plain))).join();

    assertThat(client.address().url()).isEqualTo("http://" + hostPort(plain));
  }

  @Test
  void anAddressTypedWithHttpsReachesATlsServer() {
    settings.pinCertificate(hostPort(tls), tls.fingerprint());

    client.probe(ServerAddress.candidates("https://" + hostPort(tls)), true).join();

    assertThat(client.address().url()).isEqualTo("https://" + hostPort(tls));
  }

  /** Asked for TLS, the app never falls back to plain: it says what to type instead. */
  @Test
  void anAddressTypedWithHttpsToAPlainServerIsRefusedWithOneSentenceAndNotKept() {
    RuntimeException failure = failureOf("https://" + hostPort(plain));

    assertThat(failure).isInstanceOf(NoServerException.class);
    assertThat(Failures.describe(failure))
        .isEqualTo(
            hostPort(plain)
                + " does not use TLS: type http://"
                + hostPort(plain)
                + " to connect without encryption.");
    assertThat(client.address()).isNull();
  }

  /** The server was reached over TLS before: a plain answer at its address could be anyone's. */
  @Test
  void aBareAddressWithAPinnedCertificateIsNeverAskedInPlain() {
    settings.pinCertificate(hostPort(plain), tls.fingerprint());

    assertThat(failureOf(hostPort(plain))).isInstanceOf(OfflineException.class);
    assertThat(client.address()).isNull();
  }

  @Test
  void aPortWhereNothingListensGetsOneSentence() throws IOException {
    int closed = Ports.closed();

    RuntimeException failure = failureOf("127.0.0.1:" + closed);

    assertThat(failure).isInstanceOf(NoServerException.class);
    assertThat(Failures.describe(failure))
        .isEqualTo("Nothing answers at 127.0.0.1:" + closed + ".");
  }

  @Test
  void theSocketPortIsNotAChatServer() {
    int socketPort = URI.create(plain.wsUrl()).getPort();

    RuntimeException failure = failureOf("127.0.0.1:" + socketPort);

    assertThat(failure).isInstanceOf(NoServerException.class);
    assertThat(Failures.describe(failure))
        .isEqualTo("127.0.0.1:" + socketPort + " is not a chat server.");
  }

  @Test
  void anotherHttpServerIsNotAChatServer() throws IOException {
    HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    web.createContext(
        "/",
        exchange -> {
          byte[] page = "<html>a web page</html>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    web.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    web.start();
    try {
      String address = "127.0.0.1:" + web.getAddress().getPort();

      assertThat(Failures.describe(failureOf(address)))
          .isEqualTo(address + " is not a chat server.");
      assertThat(Failures.describe(failureOf("http://" + address + "/")))
          .isEqualTo(address + " is not a chat server.");
    } finally {
      web.stop(0);
    }
  }

  /** What connecting to {@code typed} fails with, asked as the connect screen asks. */
  private RuntimeException failureOf(String typed) {
    try {
      client.probe(ServerAddress.candidates(typed), ServerAddress.requiresTls(typed)).join();
    } catch (CompletionException e) {
      return (RuntimeException) Failures.unwrap(e);
    }
    throw new AssertionError(typed + " was reached");
  }

  private static String hostPort(LiveServer server) {
    URI uri = URI.create(server.httpUrl());
    return uri.getHost() + ":" + uri.getPort();
  }
}
