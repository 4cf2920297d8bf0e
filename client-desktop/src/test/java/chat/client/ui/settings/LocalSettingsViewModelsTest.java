package chat.client.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.config.Settings.Switch;
import chat.client.config.Settings.ThemeChoice;
import chat.client.ui.Theme;
import java.nio.file.Path;
import javafx.application.ColorScheme;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known servers, preferences and the theme choice: the settings file's side, no toolkit. */
class LocalSettingsViewModelsTest {

  @TempDir Path dir;

  private Settings settings() {
    return Settings.load(dir.resolve("settings.json"));
  }

  @Test
  void knownServersMarkTheCurrentOneWhichCannotBeRemoved() {
    Settings settings = settings();
    settings.remember("https://office:5000", "Office", "ana", "t1", 2);
    settings.remember("http://home:5000", "Home", "ana", null, 1);
    settings.pinCertificate("office:5000", "AB:CD");
    KnownServersViewModel servers = new KnownServersViewModel(settings, "https://office:5000");

    assertThat(servers.rows())
        .extracting(KnownServersViewModel.Row::name)
        .containsExactly("Office", "Home");
    KnownServersViewModel.Row office = servers.rows().getFirst();
    assertThat(office.current()).isTrue();
    assertThat(office.pinned()).isTrue();

    servers.remove(office);
    servers.remove(servers.rows().get(1));

    assertThat(settings().recentServers())
        .extracting(Settings.SavedServer::name)
        .containsExactly("Office");
    assertThat(servers.rows()).hasSize(1);
  }

  @Test
  void forgettingACertificateUnpinsThatServersHostAndPort() {
    Settings settings = settings();
    settings.remember("https://office:5000", "Office", "ana", "t1", 2);
    settings.pinCertificate("office:5000", "AB:CD");
    KnownServersViewModel servers = new KnownServersViewModel(settings, "http://elsewhere:5000");

    servers.forgetCertificate(servers.rows().getFirst());

    assertThat(settings().pinnedCertificate("office:5000")).isEmpty();
    assertThat(servers.rows().getFirst().pinned()).isFalse();
  }

  @Test
  void preferencesAreSavedAsTheyChange() {
    Preferences preferences = new Preferences(settings());

    preferences.themeProperty().set(ThemeChoice.DARK);
    preferences.enterSendsProperty().set(false);
    preferences.doNotDisturbProperty().set(true);

    Settings reread = settings();
    assertThat(reread.theme()).isEqualTo(ThemeChoice.DARK);
    assertThat(reread.isOn(Switch.ENTER_SENDS)).isFalse();
    assertThat(reread.isOn(Switch.DO_NOT_DISTURB)).isTrue();
  }

  @Test
  void hostingAgainOnStartIsOnUntilTurnedOffAndStaysOff() {
    Preferences preferences = new Preferences(settings());
    assertThat(preferences.hostOnStartProperty().get()).isTrue();

    preferences.hostOnStartProperty().set(false);

    assertThat(settings().isOn(Switch.HOST_ON_START)).isFalse();
    assertThat(new Preferences(settings()).hostOnStartProperty().get()).isFalse();
  }

  @Test
  void followSystemTracksTheDesktopSchemeLiveAndTheOthersIgnoreIt() {
    SimpleObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    SimpleObjectProperty<ColorScheme> desktop = new SimpleObjectProperty<>(ColorScheme.LIGHT);
    BooleanBinding dark = Theme.dark(choice, desktop);
    assertThat(dark.get()).isFalse();

    desktop.set(ColorScheme.DARK);
    assertThat(dark.get()).isTrue();

    choice.set(ThemeChoice.LIGHT);
    assertThat(dark.get()).isFalse();
    choice.set(ThemeChoice.DARK);
    desktop.set(ColorScheme.LIGHT);
    assertThat(dark.get()).isTrue();
  }
}
