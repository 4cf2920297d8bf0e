package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.TotpCodes;
import chat.protocol.ErrorCode;
import chat.protocol.ErrorResponse;
import chat.protocol.ProtocolJson;
import chat.protocol.http.Credentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two-factor sign-in in the real app against a real server: the second step of a login, and the
 * setup in Settings. Codes come from the test's own authenticator, by the real clock.
 */
class TwoFactorSignInTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  private String carolWithTwoFactor() {
    try (Peer carol = Peer.register(both.server(), "carol")) {
      return carol.turnOnTwoFactor();
    }
  }

  private void signInAsCarol() {
    both.app().click("#logout");
    AppDriver.waitFor("the sign-in screen", () -> both.app().exists("#password"));
    both.app().signIn("carol", "password123");
    AppDriver.waitFor("the second step", () -> visible("#second-factor-step"));
  }

  /** Moves the keyboard focus to {@code query}, which scrolls the settings to it. */
  private void focus(String query) {
    both.app().robot().interact(() -> both.app().robot().lookup(query).query().requestFocus());
  }

  private boolean visible(String query) {
    return both.app().lookup(query).query().isVisible();
  }

  @Test
  void aUserWithTwoFactorSignsInThroughTheSecondStep() {
    String secret = carolWithTwoFactor();
    signInAsCarol();
    assertThat(visible("#password-step")).isFalse();
    assertThat(both.app().text("#second-factor-code")).isEmpty();

    both.app().fill("#second-factor-code", TotpCodes.now(secret, 1));
    both.app().click("#submit");

    AppDriver.waitFor("the main window", () -> both.app().exists("#rooms"));
    AppDriver.waitFor(
        "signed in as carol", () -> both.app().text("#signed-in-as").startsWith("carol"));
  }

  @Test
  void aWrongCodeShowsTheRefusalAndStaysOnTheStep() {
    String secret = carolWithTwoFactor();
    signInAsCarol();

    both.app().fill("#second-factor-code", TotpCodes.now(secret, 5));
    both.app().click("#submit");

    AppDriver.waitFor("the refusal", () -> !both.app().text("#second-factor-error").isEmpty());
    assertThat(both.app().text("#second-factor-error")).contains("wrong");
    assertThat(visible("#second-factor-step")).isTrue();
    assertThat(both.app().exists("#rooms")).isFalse();

    both.app().fill("#second-factor-code", TotpCodes.now(secret, 1));
    both.app().click("#submit");
    AppDriver.waitFor("the main window", () -> both.app().exists("#rooms"));
  }

  @Test
  void settingsOfferToTryAgainWhenTheTwoFactorStatusCouldNotBeLoaded() {
    both.server().stop();
    // The offline banner moves the header: it is up before the click.
    AppDriver.waitFor("offline", () -> both.app().text("#banner-text").startsWith("Offline"));
    both.app().click("#settings");

    AppDriver.waitFor("Try again", () -> visible("#retry-two-factor"));
    assertThat(both.app().text("#two-factor-summary")).contains("could not be loaded");
    assertThat(visible("#two-factor-set-up")).isFalse();
    both.server().restart();
    focus("#retry-two-factor");
    both.app().click("#retry-two-factor");

    AppDriver.waitFor("the set-up button", () -> visible("#two-factor-set-up"));
    assertThat(visible("#retry-two-factor")).isFalse();
  }

  @Test
  void settingsSetUpTwoFactorWithAQrCodeAndShowTheRecoveryCodes() {
    both.app().click("#settings");
    AppDriver.waitFor("the set-up button", () -> visible("#two-factor-set-up"));

    assertThat(both.app().lookup("#set-up-two-factor").query().isDisabled())
        .as("set up without the password")
        .isTrue();
    focus("#two-factor-setup-password");
    both.app().fill("#two-factor-setup-password", "password123");
    focus("#set-up-two-factor");
    both.app().click("#set-up-two-factor");

    AppDriver.waitFor(
        "the QR code",
        () -> both.app().lookup("#two-factor-qr").queryAs(ImageView.class).getImage() != null);
    String secret = both.app().text("#two-factor-secret");
    assertThat(secret).matches("[A-Z2-7]{32}");
    focus("#two-factor-confirm-code");
    both.app().fill("#two-factor-confirm-code", TotpCodes.now(secret, 0));
    both.app().click("#confirm-two-factor");

    AppDriver.waitFor("the recovery codes", () -> visible("#two-factor-recovery"));
    assertThat(both.app().text("#recovery-codes").lines())
        .hasSize(10)
        .allMatch(code -> code.matches("([a-z2-7]{4}-){3}[a-z2-7]{4}"));
    assertThat(loginAnswer("alice")).isEqualTo(ErrorCode.SECOND_FACTOR_REQUIRED);
    focus("#recovery-codes-saved");
    both.app().click("#recovery-codes-saved");
    AppDriver.waitFor("the section on", () -> visible("#two-factor-on"));
    AppDriver.waitFor(
        "the codes counted",
        () -> both.app().text("#two-factor-summary").contains("10 recovery codes left"));
    assertThat(visible("#two-factor-recovery")).isFalse();
  }

  @Test
  void aMemberSignsInThroughTheSetupWhenTheServerRequiresTwoFactor() {
    Peer.account(both.server(), "carol");
    both.bob().requireTwoFactor();
    both.app().click("#logout");
    AppDriver.waitFor("the sign-in screen", () -> both.app().exists("#password"));
    both.app().signIn("carol", "password123");

    AppDriver.waitFor(
        "the QR code",
        () ->
            both.app().lookup("#setup-two-factor-qr").queryAs(ImageView.class).getImage() != null);
    assertThat(visible("#password-step")).isFalse();
    String secret = both.app().text("#setup-two-factor-secret");
    both.app().fill("#setup-two-factor-code", TotpCodes.now(secret, 0));
    both.app().click("#submit");

    AppDriver.waitFor("the recovery codes", () -> visible("#setup-recovery"));
    assertThat(both.app().text("#setup-recovery-codes").lines()).hasSize(10);
    assertThat(both.app().exists("#rooms")).isFalse();
    both.app().click("#submit");
    AppDriver.waitFor("the main window", () -> both.app().exists("#rooms"));
    assertThat(loginAnswer("carol")).isEqualTo(ErrorCode.SECOND_FACTOR_REQUIRED);
  }

  /** What the server answers a password login of {@code username}, as an error code. */
  private ErrorCode loginAnswer(String username) {
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(both.server().httpUrl() + "/api/auth/login"))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofByteArray(
                              ProtocolJson.encodeBytes(new Credentials(username, "password123"))))
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      return ProtocolJson.decode(response.body(), ErrorResponse.class).error().code();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
