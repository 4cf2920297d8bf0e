package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.AppDirs;
import chat.client.config.Settings;
import chat.client.config.Settings.Switch;
import chat.client.support.AppDriver;
import chat.client.support.FocusRing;
import chat.client.support.HostingApp;
import chat.client.support.Peer;
import chat.protocol.CertificateFingerprint;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hosting outlives the window: closing it does not stop the server for the others (headless, there
 * is no tray, so the app asks), a restart hosts again, and the host panel shows who is connected.
 */
class HostingThatKeepsServingTest {

  @TempDir Path dir;

  @Test
  void closingTheWindowWhileHostingLeavesTheServerAnsweringASecondClient() {
    try (HostingApp hosting = HostingApp.hostAndSignUp(dir.resolve("app"), "alice")) {
      AppDriver app = hosting.app();
      Peer bob = hosting.join("bob");
      String room =
          bob.request(
                  id -> new RoomCreate(id, "after-hours", RoomVisibility.PUBLIC, List.of()),
                  RoomResult.class)
              .room()
              .roomId();

      requestClose(app);
      AppDriver.waitFor("the question", () -> app.exists("#close-question"));
      assertThat(app.text("#close-question")).isEqualTo("Stop hosting for 1 person connected?");
      app.click("#keep-hosting");

      AppDriver.waitFor("the question answered", () -> !app.exists("#close-question"));
      assertThat(app.stage().isIconified()).as("the window minimized").isTrue();
      MessageResult ack =
          bob.request(id -> new MessageSend(id, room, "still there?", "b-1"), MessageResult.class);
      assertThat(ack.message().content()).isEqualTo("still there?");
      assertThat(hosting.answers()).as("GET /api/info").isTrue();
      app.robot().interact(() -> app.stage().setIconified(false));
    }
  }

  @Test
  void closingWhileHostingCanStopHostingAndQuit() {
    try (HostingApp hosting = HostingApp.hostAndSignUp(dir.resolve("app"), "alice")) {
      AppDriver app = hosting.app();
      AppDriver.waitFor("the server answering", hosting::answers);

      requestClose(app);
      AppDriver.waitFor("the question", () -> app.exists("#close-question"));
      assertThat(app.text("#close-question")).isEqualTo("Stop hosting? Nobody else is connected.");
      app.click("#stop-hosting-and-quit");

      AppDriver.waitFor("the window closed", () -> !app.stage().isShowing());
      AppDriver.waitFor("the server stopped", hosting::portFree);
      assertThat(settings().isOn(Switch.HOSTED_LAST_TIME))
          .as("the user stopped hosting: the next start does not host")
          .isFalse();
    }
  }

  @Test
  void anAppThatHostedLastTimeHostsAgainOnStart() {
    try (HostingApp hosting = HostingApp.hostAndSignUp(dir.resolve("app"), "alice")) {
      hosting.restart();

      AppDriver app = hosting.app();
      AppDriver.waitFor(
          "the main window, signed back in", HostingApp.STARTING, () -> app.exists("#rooms"));
      AppDriver.waitFor("the connection", () -> app.text("#connection").equals("Connected"));
      assertThat(app.text("#host-notice")).contains(":" + hosting.httpPort());
      assertThat(hosting.answers()).isTrue();
    }
  }

  @Test
  void theHostPanelShowsAddressesFingerprintAndConnectedPeople() throws Exception {
    try (HostingApp hosting = HostingApp.hostAndSignUp(dir.resolve("app"), "alice")) {
      AppDriver app = hosting.app();
      hosting.join("bob");

      app.click("#hosting");

      AppDriver.waitFor("the host panel", () -> app.exists("#host-panel"));
      assertThat(app.robot().lookup(".host-address").queryAllAs(TextField.class))
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.getText()).endsWith(":" + hosting.httpPort()));
      assertThat(app.text("#host-fingerprint"))
          .isEqualTo(CertificateFingerprint.inTwoLines(fingerprint(hosting.certificate())));
      assertThat(app.text("#host-uptime")).startsWith("Up for");
      AppDriver.waitFor(
          "bob in the list", () -> app.list("#host-people").getItems().equals(List.of("bob")));
      assertThat(app.text("#host-people-title")).isEqualTo("1 person connected");

      hosting.join("carol");
      AppDriver.waitFor(
          "carol too, without reopening",
          () -> app.list("#host-people").getItems().equals(List.of("bob", "carol")));

      app.robot().type(KeyCode.ESCAPE);
      AppDriver.waitFor("Esc closed the panel", () -> !app.exists("#host-panel"));
    }
  }

  @Test
  void tabWalksTheHostPanelShowingAFocusRingOnEachStop() {
    try (HostingApp hosting = HostingApp.hostAndSignUp(dir.resolve("app"), "alice")) {
      AppDriver app = hosting.app();
      hosting.join("bob");
      app.click("#hosting");
      AppDriver.waitFor(
          "bob in the list", () -> app.list("#host-people").getItems().equals(List.of("bob")));
      app.robot().interact(() -> app.lookup("#host-close").query().requestFocus());

      List<String> stops = FocusRing.tabWalk(app, "the host panel", 20);

      assertThat(stops)
          .as("the panel's controls, and back to Close")
          .contains("host-people", "stop-hosting")
          .doesNotContain(KeyboardTest.UNDER_A_PANEL)
          .endsWith("host-close");
    }
  }

  @Test
  void stoppingFromTheHostPanelAsksFirstAndReturnsToTheConnectScreen() {
    try (HostingApp hosting = HostingApp.hostAndSignUp(dir.resolve("app"), "alice")) {
      AppDriver app = hosting.app();
      hosting.join("bob");
      app.click("#hosting");
      AppDriver.waitFor(
          "bob in the list", () -> app.list("#host-people").getItems().equals(List.of("bob")));

      app.click("#stop-hosting");
      assertThat(app.text("#host-question-text")).isEqualTo("Stop hosting for 1 person connected?");
      app.click("#host-stop-confirm");

      AppDriver.waitFor("the connect screen", () -> app.exists("#address"));
      AppDriver.waitFor("the server stopped", hosting::portFree);
    }
  }

  private static void requestClose(AppDriver app) {
    app.robot()
        .interact(
            () ->
                app.stage()
                    .fireEvent(new WindowEvent(app.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
  }

  private Settings settings() {
    return Settings.load(AppDirs.under(dir.resolve("app")).config().resolve("settings.json"));
  }

  private static String fingerprint(Path pem) throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(pem)) {
      return CertificateFingerprint.of(
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
  }
}
