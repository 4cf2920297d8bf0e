package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.protocol.CloseCodes;
import chat.protocol.ProtocolJson;
import chat.protocol.http.Registration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.CheckBox;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin area in the app, against a real server: alice signed up first in the app and owns the
 * server; bob is a member, connected with a client of his own.
 */
class AdminAreaTest {

  @RegisterExtension final AppAndServer both = AppAndServer.plain();
  private AppDriver app;

  @BeforeEach
  void aliceOwnsTheServer() {
    app = both.app();
    app.connect(both.server().address());
    app.registerAndWait("alice");
  }

  private void openAdminArea() {
    app.click("#admin");
    AppDriver.waitFor("the accounts", () -> app.exists("#accounts .account-row"));
  }

  @Test
  void deactivatingAnAccountShowsInTheList() {
    try (Peer bob = Peer.register(both.server(), "bob")) {
      openAdminArea();
      AppDriver.waitFor("bob listed", () -> app.exists("#accounts #deactivate"));

      app.click("#accounts #deactivate");
      AppDriver.waitFor(
          "the question",
          () -> app.text("#deactivate-question-text").startsWith("Deactivate bob? "));
      app.click("#deactivate-confirm");

      AppDriver.waitFor("bob shown deactivated", () -> app.exists("#accounts #reactivate"));
      assertThat(app.texts("#accounts .account-row .text-muted"))
          .anySatisfy(detail -> assertThat(detail).startsWith("Member, deactivated · "));
      assertThat(app.lookup("#deactivate-question").query().isVisible()).isFalse();
      AppDriver.waitFor("bob signed out", () -> bob.closeCode() == CloseCodes.UNAUTHORIZED);
    }
  }

  @Test
  void theAuditLogShowsADeactivationJustMade() {
    try (Peer bob = Peer.register(both.server(), "bob")) {
      openAdminArea();
      AppDriver.waitFor("bob listed", () -> app.exists("#accounts #deactivate"));
      app.click("#accounts #deactivate");
      app.click("#deactivate-confirm");
      AppDriver.waitFor("bob shown deactivated", () -> app.exists("#accounts #reactivate"));

      app.robot().interact(() -> app.lookup("#refresh-audit").query().requestFocus());
      app.click("#refresh-audit");

      AppDriver.waitFor(
          "the entry",
          () ->
              app.texts("#audit-log .audit-line").stream()
                  .anyMatch(line -> line.contains(" · alice · deactivated · bob · from ")));
    }
  }

  @Test
  void requiringTwoFactorSendsAMembersNextSignInThroughTheSetup() {
    Peer.account(both.server(), "bob");
    openAdminArea();

    app.click("#require-two-factor");
    AppDriver.waitFor(
        "the switch on",
        () -> app.lookup("#require-two-factor").queryAs(CheckBox.class).isSelected());
    app.click("#close-admin");
    app.click("#logout");
    AppDriver.waitFor("the sign-in screen", () -> app.exists("#password"));
    app.signIn("bob", "password123");

    AppDriver.waitFor("the setup", () -> app.lookup("#setup-two-factor-step").query().isVisible());
    assertThat(app.text("#form-error")).contains("requires two-factor sign-in");
  }

  @Test
  void revokingAnInviteRemovesItFromTheList() {
    openAdminArea();
    app.click("#create-invite");
    AppDriver.waitFor("the invite listed", () -> app.exists("#invites .invite-row"));

    app.click("#invites #revoke-invite");

    AppDriver.waitFor("the list empty", () -> !app.exists("#invites .invite-row"));
  }

  @Test
  void aResetPasswordMakesTheAccountsNextSignInAskForANewOne() {
    Peer.account(both.server(), "bob");
    openAdminArea();
    AppDriver.waitFor("bob listed", () -> app.exists("#accounts #reset-password"));

    app.click("#accounts #reset-password");
    app.fill("#reset-password-field", "temporary1");
    app.click("#reset-password-confirm");
    AppDriver.waitFor("the password shown", () -> !app.text("#reset-password-done").isEmpty());
    app.click("#reset-password-close");
    app.click("#close-admin");
    app.click("#logout");
    AppDriver.waitFor("the sign-in screen", () -> app.exists("#password"));
    app.signIn("bob", "temporary1");
    AppDriver.waitFor(
        "the new password's step", () -> app.lookup("#renew-password-step").query().isVisible());
    app.fill("#new-password", "chosen-password");
    app.fill("#new-password-again", "chosen-password");
    app.click("#submit");

    AppDriver.waitFor("the main window", () -> app.exists("#rooms"));
  }

  @Test
  void creatingAnInviteShowsItsLinkToCopyAndItsQrCode() {
    openAdminArea();
    app.fill("#invite-uses", "5");

    app.click("#create-invite");

    AppDriver.waitFor("the link", () -> app.text("#admin-invite-link").startsWith("chat://"));
    String link = app.text("#admin-invite-link");
    assertThat(link).startsWith("chat://127.0.0.1:").contains("/invite/i_");
    AppDriver.waitFor("the invite listed", () -> app.exists("#invites .invite-row"));
    assertThat(app.texts("#invites .invite-row .text-bold"))
        .singleElement()
        .satisfies(detail -> assertThat(detail).startsWith("5 of 5 uses left · expires "));
    assertThat(app.lookup("#admin-invite-qr").queryAs(ImageView.class).getImage()).isNotNull();
    app.click("#admin-invite-copy");
    AtomicReference<String> copied = new AtomicReference<>();
    app.robot().interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
    assertThat(copied.get()).isEqualTo(link);
  }

  @Test
  void closingRegistrationRefusesTheNextNewcomer() throws Exception {
    openAdminArea();

    app.click("#registration-closed");

    AppDriver.waitFor(
        "the mode explained",
        () -> app.text("#registration-description").equals("Nobody can create an account."));
    HttpResponse<String> refused = register("newcomer");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("REGISTRATION_CLOSED");

    app.click("#close-admin");
    openAdminArea();
    AppDriver.waitFor(
        "the stored mode shown",
        () ->
            app.robot()
                .lookup("#registration-closed")
                .queryAs(javafx.scene.control.RadioButton.class)
                .isSelected());
  }

  @Test
  void theAdminAreaIsOfferedOnlyToOwnersAndAdmins() {
    assertThat(app.lookup("#admin").query().isVisible()).as("alice owns the server").isTrue();
    app.click("#logout");
    app.register("bob", "password123");
    AppDriver.waitFor("the main window", () -> app.exists("#rooms"));

    assertThat(app.lookup("#admin").query().isVisible()).as("bob is a member").isFalse();
  }

  private HttpResponse<String> register(String username) throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
          HttpRequest.newBuilder(URI.create(both.server().httpUrl() + "/api/auth/register"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofByteArray(
                      ProtocolJson.encodeBytes(new Registration(username, "password123"))))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
