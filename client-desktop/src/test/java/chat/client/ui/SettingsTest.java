package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import chat.client.config.AppDirs;
import chat.client.config.Settings;
import chat.client.net.ServerAddress;
import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.ui.chat.ChatLine;
import chat.protocol.CloseCodes;
import chat.protocol.model.Room;
import chat.protocol.model.User;
import chat.protocol.server.MessageNew;
import com.sun.javafx.application.PlatformImpl;
import com.sun.javafx.application.preferences.PreferenceMapping;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The settings panel, driven in the real app against a real server and a second client. */
class SettingsTest {

  private static final String BACKGROUND = "Test.backgroundColor";
  private static final String FOREGROUND = "Test.foregroundColor";
  private static final AtomicBoolean DECLARED = new AtomicBoolean();

  private static final String OLD_SERVER = "https://old.example.test:5000";
  private static final String OLD_HOST_PORT = new ServerAddress(OLD_SERVER).hostPort();

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void settingsChangeTheDisplayName() {
    both.bobsRoomJoined("lobby");
    openSettingsWithTheShortcut();

    both.app().fill("#display-name", "Alice Liddell");
    both.app().click("#save-display-name");

    AppDriver.waitFor("saved", () -> !both.app().text("#profile-status").isEmpty());
    closeSettingsWithEscape();
    assertThat(both.app().text("#signed-in-as")).startsWith("Alice Liddell on ");
    both.app().say("hello from a new name");
    String senderName =
        both.bob()
            .await(
                frame ->
                    frame instanceof MessageNew m
                            && m.message().content().equals("hello from a new name")
                        ? m.message().senderName()
                        : null);
    assertThat(senderName).isEqualTo("Alice Liddell");
    AppDriver.waitFor(
        "the message under the new name",
        () ->
            both.app().<ChatLine>list("#messages").getItems().stream()
                .anyMatch(line -> "Alice Liddell".equals(line.sender())));
    both.app().click("#members-toggle");
    AppDriver.waitFor(
        "the new name among the members",
        () ->
            both.app().<User>list("#members").getItems().stream()
                .anyMatch(user -> user.shownName().equals("Alice Liddell")));
  }

  @Test
  void settingsSignOutAnotherSession() {
    Peer otherDevice = Peer.login(both.server(), "alice");
    try (otherDevice) {
      both.app().click("#settings");
      AppDriver.waitFor("both sessions", () -> sessionRows() == 2);

      focus(".sign-out-session");
      both.app().click(".sign-out-session");

      AppDriver.waitFor("one session left", () -> sessionRows() == 1);
      AppDriver.waitFor(
          "the other device's socket closed",
          () -> otherDevice.closeCode() == CloseCodes.UNAUTHORIZED);
      assertThat(both.app().robot().lookup(".session-row.current").queryAll()).hasSize(1);
      assertThat(both.app().text("#connection")).isEqualTo("Connected");
    }
  }

  @Test
  void settingsSignOutEverywhereEndsEverySessionAndReturnsToSignIn() {
    Peer otherDevice = Peer.login(both.server(), "alice");
    try (otherDevice) {
      both.app().click("#settings");
      AppDriver.waitFor("both sessions", () -> sessionRows() == 2);
      focus("#sign-out-everywhere");

      both.app().click("#sign-out-everywhere");

      AppDriver.waitFor("the sign-in screen", () -> both.app().exists("#username"));
      AppDriver.waitFor(
          "the other device signed out", () -> otherDevice.closeCode() == CloseCodes.UNAUTHORIZED);
    }
  }

  @Test
  void settingsChangeThePassword() {
    Peer otherDevice = Peer.login(both.server(), "alice");
    try (otherDevice) {
      both.app().click("#settings");
      AppDriver.waitFor("both sessions", () -> sessionRows() == 2);

      focus("#current-password");
      both.app().fill("#current-password", "password123");
      focus("#new-password");
      both.app().fill("#new-password", "a much better passphrase");
      focus("#repeat-password");
      both.app().fill("#repeat-password", "a much better passphrase");
      focus("#change-password");
      both.app().click("#change-password");

      AppDriver.waitFor(
          "the change confirmed",
          () -> both.app().text("#password-status").startsWith("Password changed"));
      assertThat(both.app().text("#password-error")).isEmpty();
      assertThat(both.app().text("#current-password")).as("fields emptied").isEmpty();
      AppDriver.waitFor(
          "the other device signed out", () -> otherDevice.closeCode() == CloseCodes.UNAUTHORIZED);
      AppDriver.waitFor("only this session listed", () -> sessionRows() == 1);
      closeSettingsWithEscape();
      both.bobsRoomJoined("after-change");
      both.app().say("still signed in");
      AppDriver.waitFor(
          "the message acknowledged",
          () ->
              both.app().<ChatLine>list("#messages").getItems().stream()
                  .anyMatch(line -> line.content().equals("still signed in")));
      assertThat(both.app().text("#connection")).isEqualTo("Connected");
    }
  }

  @Test
  void ctrlEnterSendsWhenEnterToSendIsOff() {
    both.bobsRoomJoined("keys");
    both.app().click("#settings");
    both.app().click("#ctrl-enter-sends");
    closeSettingsWithEscape();
    TextArea composer = both.app().robot().lookup("#composer").queryAs(TextArea.class);
    assertThat(composer.getPromptText()).contains("Ctrl+Enter sends");

    both.app().click("#composer");
    both.app().robot().write("line one");
    both.app().robot().type(KeyCode.ENTER);
    both.app().robot().write("line two");

    assertThat(composer.getText()).isEqualTo("line one\nline two");
    both.app().robot().press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    String sent =
        both.bob().await(frame -> frame instanceof MessageNew m ? m.message().content() : null);
    assertThat(sent).isEqualTo("line one\nline two");
    AppDriver.waitFor("the composer emptied", () -> composer.getText().isEmpty());
  }

  @Test
  void hostingAgainOnStartIsOnAndTheSwitchTurnsItOff() {
    both.app().click("#settings");
    focus("#host-on-start");
    assertThat(hostOnStart().isSelected()).as("on by default").isTrue();

    both.app().click("#host-on-start");
    both.app().click("#close-settings");
    both.app().click("#settings");

    focus("#host-on-start");
    assertThat(hostOnStart().isSelected()).as("kept off").isFalse();
  }

  @Test
  void aRoomMutedInTheSettingsRaisesNoNotificationAndItsHeaderSaysMuted() {
    Room lobby = both.bobsRoomJoined("lobby");
    Room random = both.bobsRoomJoined("random");
    both.bobsRoomJoined("quiet");
    both.app().openRoom("lobby");
    both.app().click("#notify-level");
    both.app().click("Mentions and direct messages");
    AppDriver.waitFor(
        "lobby on mentions", () -> both.app().text("#notify-level").equals("Mentions"));
    both.app().click("#settings");
    focus(".room-level");
    assertThat(both.app().texts(".settings-row .text-bold")).contains("lobby");

    both.app().click(".room-level");
    both.app().click("Muted");
    both.app().click("#close-settings");

    AppDriver.waitFor(
        "lobby's header muted", () -> both.app().text("#notify-level").equals("Muted"));
    both.app().openRoom("quiet");
    NotificationsTest.say(both.bob(), lobby, "@alice nobody hears this");
    NotificationsTest.say(both.bob(), random, "but this");
    AppDriver.waitFor("the notification from random", () -> toasts() > 0);
    assertThat(both.app().texts(".toast .label")).noneMatch(text -> text.contains("lobby"));
    assertThat(toasts()).isEqualTo(1);
  }

  @Test
  void themeFollowsTheChoice() {
    both.app().chooseTheme("#theme-dark");
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(new PrimerDark().getUserAgentStylesheet());

    both.app().chooseTheme("#theme-light");
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(new PrimerLight().getUserAgentStylesheet());

    desktopScheme(Color.WHITE, Color.BLACK);
    both.app().chooseTheme("#theme-system");
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(new PrimerLight().getUserAgentStylesheet());
    desktopScheme(Color.BLACK, Color.WHITE);
    assertThat(Application.getUserAgentStylesheet())
        .as("follows the desktop turning dark, live")
        .isEqualTo(new PrimerDark().getUserAgentStylesheet());
    desktopScheme(Color.WHITE, Color.BLACK);
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(new PrimerLight().getUserAgentStylesheet());
  }

  /**
   * Makes the desktop's colour scheme what these colours imply, as a desktop's change of scheme
   * reaches JavaFX: through the toolkit's platform preferences. The headless platform reports none
   * of its own, so the test declares a background and a foreground key first.
   */
  private void desktopScheme(Color background, Color foreground) {
    both.app()
        .robot()
        .interact(
            () -> {
              if (!DECLARED.getAndSet(true)) {
                PlatformImpl.initPreferences(
                    Map.of(BACKGROUND, Color.class, FOREGROUND, Color.class),
                    Map.of(
                        BACKGROUND, new PreferenceMapping<>("backgroundColor", Color.class),
                        FOREGROUND, new PreferenceMapping<>("foregroundColor", Color.class)),
                    Map.of(BACKGROUND, Color.WHITE, FOREGROUND, Color.BLACK));
              }
              PlatformImpl.updatePreferences(
                  Map.of(BACKGROUND, background, FOREGROUND, foreground));
            });
    AtomicReference<ColorScheme> scheme = new AtomicReference<>();
    both.app().robot().interact(() -> scheme.set(Platform.getPreferences().getColorScheme()));
    assertThat(scheme.get())
        .isEqualTo(
            background.getBrightness() < foreground.getBrightness()
                ? ColorScheme.DARK
                : ColorScheme.LIGHT);
  }

  @Test
  void settingsRemoveAKnownServerWithItsSignIn() {
    knowAnOldServerWithAPinnedCertificate();
    both.app().click("#settings");
    AppDriver.waitFor("both servers", () -> knownServerRows() == 2);
    assertThat(both.app().robot().lookup("#known-servers .remove-server").queryAll())
        .as("only the server not in use can be removed")
        .hasSize(1);

    focus("#known-servers .remove-server");
    both.app().click("#known-servers .remove-server");

    AppDriver.waitFor("one server left", () -> knownServerRows() == 1);
    assertThat(both.app().texts("#known-servers .label"))
        .noneMatch(text -> text.contains(OLD_HOST_PORT));
    assertThat(savedSettings().server(OLD_SERVER)).as("its sign-in gone with it").isEmpty();
    assertThat(both.app().text("#connection")).isEqualTo("Connected");
  }

  @Test
  void settingsForgetAKnownServersCertificate() {
    knowAnOldServerWithAPinnedCertificate();
    both.app().click("#settings");
    AppDriver.waitFor("both servers", () -> knownServerRows() == 2);

    focus("#known-servers .forget-certificate");
    both.app().click("#known-servers .forget-certificate");

    AppDriver.waitFor(
        "the certificate forgotten",
        () -> !both.app().exists("#known-servers .forget-certificate"));
    assertThat(knownServerRows()).as("the server stays known").isEqualTo(2);
    Settings saved = savedSettings();
    assertThat(saved.pinnedCertificate(OLD_HOST_PORT)).isEmpty();
    assertThat(saved.server(OLD_SERVER)).isPresent();
  }

  /**
   * Closes the app, has its settings remember a TLS server signed in to before, with its
   * certificate pinned, and opens the app again on the test's server.
   */
  private void knowAnOldServerWithAPinnedCertificate() {
    both.app().close();
    Settings settings = savedSettings();
    settings.remember(OLD_SERVER, "Old chat", "alice", "a-refresh-token", 1);
    settings.pinCertificate(OLD_HOST_PORT, "AB".repeat(32));
    both.launchAppAgain();
    both.app().fill("#address", both.server().address());
    both.app().click("#connect");
    AppDriver.waitFor("alice's window again", () -> both.app().exists("#rooms"));
  }

  private Settings savedSettings() {
    return Settings.load(AppDirs.under(both.appHome()).config().resolve("settings.json"));
  }

  private int knownServerRows() {
    return both.app().robot().lookup("#known-servers .settings-row").queryAll().size();
  }

  /** Brings a control of the settings panel into view as the keyboard focus does. */
  private void focus(String query) {
    AppDriver.waitFor(query, () -> both.app().exists(query));
    both.app().robot().interact(() -> both.app().robot().lookup(query).query().requestFocus());
  }

  private void openSettingsWithTheShortcut() {
    both.app().click("#composer");
    both.app().robot().press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
    AppDriver.waitFor("the settings", () -> both.app().exists("#settings-panel"));
  }

  private void closeSettingsWithEscape() {
    both.app().robot().type(KeyCode.ESCAPE);
    AppDriver.waitFor("the settings closed", () -> !both.app().exists("#settings-panel"));
  }

  private ToggleSwitch hostOnStart() {
    return both.app().robot().lookup("#host-on-start").queryAs(ToggleSwitch.class);
  }

  private int toasts() {
    return both.app().robot().lookup(".toast").queryAll().size();
  }

  private int sessionRows() {
    return both.app().robot().lookup(".session-row").queryAll().size();
  }
}
