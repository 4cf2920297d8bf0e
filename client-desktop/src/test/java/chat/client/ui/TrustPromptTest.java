package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connect screen's certificate question, in the real app against a real TLS server. */
class TrustPromptTest {

  @TempDir Path dir;
  private LiveServer server;
  private AppDriver app;

  @BeforeEach
  void start() {
    server = LiveServer.startTls(dir.resolve("server"));
    app = AppDriver.launch(dir.resolve("app"));
  }

  @AfterEach
  void stop() {
    app.close();
    server.close();
  }

  @Test
  void theFirstConnectionShowsTheFingerprintAndTrustingItLeadsToSignIn() {
    askToConnect();

    assertThat(app.text("#certificate-fingerprint").replace("\n", ""))
        .isEqualTo(server.fingerprint());
    assertThat(app.text("#certificate-message")).startsWith("First connection to 127.0.0.1:");
    assertThat(app.exists("#username")).isFalse();

    app.click("#trust-certificate");

    AppDriver.waitFor("the sign-in screen", () -> app.exists("#username"));
    app.registerAndWait("alice");
  }

  @Test
  void aChangedCertificateIsRefusedAndTheSignInScreenNeverShows() {
    askToConnect();
    app.click("#trust-certificate");
    app.registerAndWait("alice");
    app.close();
    server.restartWithNewCertificate();
    app = AppDriver.launch(dir.resolve("app"));

    askToConnect();

    assertThat(app.text("#certificate-message")).startsWith("The server's certificate has changed");
    assertThat(app.text("#certificate-fingerprint").replace("\n", ""))
        .isEqualTo(server.fingerprint());
    assertThat(visible("#trust-certificate")).isFalse();
    assertThat(visible("#forget-certificate")).isTrue();

    app.click("#cancel-certificate");

    AppDriver.waitFor("the question gone", () -> !visible("#certificate"));
    assertThat(app.exists("#username")).isFalse();
    assertThat(server.requestsServed()).as("nothing reached the server").isZero();
  }

  private void askToConnect() {
    app.fill("#address", server.address());
    app.click("#connect");
    AppDriver.waitFor("the certificate question", () -> visible("#certificate"));
  }

  private boolean visible(String query) {
    return app.robot().lookup(query).query().isVisible();
  }
}
