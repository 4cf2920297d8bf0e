package chat.client.ui;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two-factor sign-in for the docs: its setup in Settings, with the QR code and the key. */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class TwoFactorScreenshots {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void twoFactorSetup() {
    AppDriver app = both.app();
    app.click("#settings");
    AppDriver.waitFor(
        "the set-up button", () -> app.lookup("#two-factor-set-up").query().isVisible());
    app.robot().interact(() -> app.lookup("#two-factor-setup-password").query().requestFocus());
    app.fill("#two-factor-setup-password", "password123");
    app.robot().interact(() -> app.lookup("#set-up-two-factor").query().requestFocus());
    app.click("#set-up-two-factor");
    AppDriver.waitFor(
        "the QR code",
        () -> app.lookup("#two-factor-qr").queryAs(ImageView.class).getImage() != null);
    app.robot().interact(() -> app.lookup("#two-factor-confirm-code").query().requestFocus());
    app.snapshot("two-factor-setup.png");
  }
}
