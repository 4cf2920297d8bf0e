package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Ports;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The connect screen takes an address as people type it, in the real app against real servers. */
class TypedAddressTest {

  @TempDir Path dir;
  @RegisterExtension final AppAndServer both = AppAndServer.tls();

  @Test
  void aBare127001PortReachesATlsServerAfterThePinPrompt() {
    connectTo("127.0.0.1:" + URI.create(both.server().httpUrl()).getPort());
    trustAndSignUp();
  }

  @Test
  void anAddressTypedWithHttpReachesATlsServerAfterThePinPrompt() {
    connectTo("http://127.0.0.1:" + URI.create(both.server().httpUrl()).getPort());
    trustAndSignUp();
  }

  @Test
  void anAddressTypedWithHttpsToAPlainServerSaysItHasNoTls() {
    try (LiveServer plain = LiveServer.start(dir.resolve("plain"))) {
      String hostPort = "127.0.0.1:" + URI.create(plain.httpUrl()).getPort();

      connectTo("https://" + hostPort);

      awaitError(
          hostPort
              + " does not use TLS: type http://"
              + hostPort
              + " to connect without encryption.");
      assertThat(both.app().exists("#username")).isFalse();
    }
  }

  private void trustAndSignUp() {
    AppDriver.waitFor("the certificate question", () -> visible("#certificate"));
    assertThat(both.app().text("#certificate-fingerprint").replace("\n", ""))
        .isEqualTo(both.server().fingerprint());
    assertThat(both.app().text("#connect-error")).isEmpty();
    assertThat(both.app().exists("#username")).isFalse();

    both.app().click("#trust-certificate");

    AppDriver.waitFor("the sign-in screen", () -> both.app().exists("#username"));
    both.app().registerAndWait("alice");
  }

  @Test
  void aWrongPortGetsOneClearSentence() throws IOException {
    int closed = Ports.closed();

    connectTo("127.0.0.1:" + closed);

    awaitError("Nothing answers at 127.0.0.1:" + closed + ".");

    try (LiveServer plain = LiveServer.start(dir.resolve("plain"))) {
      int socketPort = URI.create(plain.wsUrl()).getPort();

      connectTo("127.0.0.1:" + socketPort);

      awaitError("127.0.0.1:" + socketPort + " is not a chat server.");
    }
    assertThat(both.app().exists("#username")).isFalse();
  }

  private void connectTo(String typed) {
    both.app().fill("#address", typed);
    both.app().click("#connect");
  }

  private void awaitError(String sentence) {
    AppDriver.waitFor(
        "the error: " + sentence + " (shown: " + both.app().text("#connect-error") + ")",
        () -> both.app().text("#connect-error").equals(sentence));
  }

  private boolean visible(String query) {
    return both.app().robot().lookup(query).query().isVisible();
  }
}
