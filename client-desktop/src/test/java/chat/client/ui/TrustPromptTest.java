package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The connect screen's certificate question, in the real app against a real TLS both.server(). */
class TrustPromptTest {

  @RegisterExtension final AppAndServer both = AppAndServer.tls();

  @Test
  void theFirstConnectionShowsTheFingerprintAndTrustingItLeadsToSignIn() {
    askToConnect();

    assertThat(both.app().text("#certificate-fingerprint").replace("\n", ""))
        .isEqualTo(both.server().fingerprint());
    assertThat(both.app().text("#certificate-message"))
        .startsWith("First connection to 127.0.0.1:");
    assertThat(both.app().exists("#username")).isFalse();

    both.app().click("#trust-certificate");

    AppDriver.waitFor("the sign-in screen", () -> both.app().exists("#username"));
    both.app().registerAndWait("alice");
  }

  @Test
  void aChangedCertificateIsRefusedAndTheSignInScreenNeverShows() {
    askToConnect();
    both.app().click("#trust-certificate");
    both.app().registerAndWait("alice");
    both.app().close();
    both.server().restartWithNewCertificate();
    both.launchAppAgain();

    askToConnect();

    assertThat(both.app().text("#certificate-message"))
        .startsWith("The server's certificate has changed");
    assertThat(both.app().text("#certificate-fingerprint").replace("\n", ""))
        .isEqualTo(both.server().fingerprint());
    assertThat(visible("#trust-certificate")).isFalse();
    assertThat(visible("#forget-certificate")).isTrue();

    both.app().click("#cancel-certificate");

    AppDriver.waitFor("the question gone", () -> !visible("#certificate"));
    assertThat(both.app().exists("#username")).isFalse();
    assertThat(both.server().requestsServed()).as("nothing reached the server").isZero();
  }

  private void askToConnect() {
    both.app().fill("#address", both.server().address());
    both.app().click("#connect");
    AppDriver.waitFor("the certificate question", () -> visible("#certificate"));
  }

  private boolean visible(String query) {
    return both.app().robot().lookup(query).query().isVisible();
  }
}
