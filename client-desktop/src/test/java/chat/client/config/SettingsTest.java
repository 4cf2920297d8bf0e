package chat.client.config;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings.NotifyLevel;
import chat.client.config.Settings.Switch;
import chat.client.config.Settings.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir Path dir;

  @Test
  void theFileHoldingRefreshTokensIsReadableByItsOwnerOnly() throws Exception {
    Path file = dir.resolve("config").resolve("settings.json");
    Settings.load(file).remember("http://a:5000", "A", "alice", "secret-token", 1);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void logoutForgetsTheTokenButKeepsTheServerInTheRecentList() {
    Path file = dir.resolve("settings.json");
    Settings settings = Settings.load(file);
    settings.remember("http://a:5000", "A", "alice", "token-a", 1);
    settings.remember("http://b:5000", "B", "bob", "token-b", 2);

    settings.forgetToken("http://a:5000");

    Settings reloaded = Settings.load(file);
    assertThat(reloaded.recentServers())
        .extracting(Settings.SavedServer::url)
        .containsExactly("http://b:5000", "http://a:5000");
    assertThat(reloaded.server("http://a:5000").orElseThrow().refreshToken()).isNull();
    assertThat(reloaded.server("http://b:5000").orElseThrow().refreshToken()).isEqualTo("token-b");
    assertThat(Files.exists(file)).isTrue();
  }

  @Test
  void themeAndHostPortsAreKept() {
    Path file = dir.resolve("settings.json");
    Settings settings = Settings.load(file);
    assertThat(settings.theme()).isEqualTo(ThemeChoice.SYSTEM);
    assertThat(settings.hostPorts()).isEqualTo(Settings.HostPorts.DEFAULT);

    settings.setTheme(ThemeChoice.DARK);
    settings.setHostPorts(new Settings.HostPorts(6000, 6001));

    Settings reloaded = Settings.load(file);
    assertThat(reloaded.theme()).isEqualTo(ThemeChoice.DARK);
    assertThat(reloaded.hostPorts()).isEqualTo(new Settings.HostPorts(6000, 6001));
  }

  @Test
  void certificatePinsAreKeptPerServerUntilForgotten() {
    Path file = dir.resolve("settings.json");
    Settings settings = Settings.load(file);
    settings.pinCertificate("10.0.0.5:5000", "AA:BB");
    settings.pinCertificate("10.0.0.6:5000", "CC:DD");
    settings.setTheme(ThemeChoice.DARK);

    settings.forgetCertificate("10.0.0.6:5000");

    Settings reloaded = Settings.load(file);
    assertThat(reloaded.pinnedCertificate("10.0.0.5:5000")).contains("AA:BB");
    assertThat(reloaded.pinnedCertificate("10.0.0.6:5000")).isEmpty();
    assertThat(reloaded.pinnedCertificate("10.0.0.5:6000")).isEmpty();
  }

  /** Settings written before pins and themes by name existed still load, with their defaults. */
  @Test
  void anOlderFileLoadsWithDefaultsForWhatItLacks() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "{\"darkTheme\":true,\"servers\":[]}");

    Settings settings = Settings.load(file);

    assertThat(settings.theme()).isEqualTo(ThemeChoice.DARK);
    assertThat(settings.pinnedCertificate("10.0.0.5:5000")).isEmpty();
    assertThat(settings.isOn(Switch.ENTER_SENDS)).isTrue();
    assertThat(settings.isOn(Switch.HOST_ON_START)).isTrue();
    assertThat(settings.notifyLevel("http://a:5000", "r1")).isEqualTo(NotifyLevel.ALL);
    assertThat(settings.window()).isEmpty();
  }

  @Test
  void roomsWithoutALevelOfTheirOwnFollowTheDefaultLevel() {
    Settings settings = Settings.load(dir.resolve("settings.json"));
    settings.setNotifyLevel("http://a:5000", "r1", NotifyLevel.ALL);
    settings.setNotifyLevel("http://a:5000", "r2", NotifyLevel.MUTED);

    settings.setDefaultNotifyLevel(NotifyLevel.MENTIONS_AND_DIRECT);
    settings.forgetNotifyLevel("http://a:5000", "r2");

    Settings reloaded = Settings.load(dir.resolve("settings.json"));
    assertThat(reloaded.notifyLevel("http://a:5000", "r1")).isEqualTo(NotifyLevel.ALL);
    assertThat(reloaded.hasOwnNotifyLevel("http://a:5000", "r1")).isTrue();
    assertThat(reloaded.notifyLevel("http://a:5000", "r3"))
        .isEqualTo(NotifyLevel.MENTIONS_AND_DIRECT);
    assertThat(reloaded.notifyLevel("http://a:5000", "r2"))
        .as("back under the default")
        .isEqualTo(NotifyLevel.MENTIONS_AND_DIRECT);
    assertThat(reloaded.hasOwnNotifyLevel("http://a:5000", "r2")).isFalse();
  }

  @Test
  void preferencesAreKept() {
    Path file = dir.resolve("settings.json");
    Settings settings = Settings.load(file);
    settings.set(Switch.ENTER_SENDS, false);
    settings.set(Switch.DO_NOT_DISTURB, true);
    settings.setNotifyLevel("http://a:5000", "r1", NotifyLevel.MUTED);
    settings.setNotifyLevel("http://a:5000", "r2", NotifyLevel.MENTIONS_AND_DIRECT);
    settings.set(Switch.HOST_ON_START, false);
    settings.set(Switch.HOSTED_LAST_TIME, true);
    settings.setWindow(new Settings.WindowBounds(10, 20, 800, 600, false));

    Settings reloaded = Settings.load(file);
    assertThat(reloaded.isOn(Switch.ENTER_SENDS)).isFalse();
    assertThat(reloaded.isOn(Switch.DO_NOT_DISTURB)).isTrue();
    assertThat(reloaded.notifyLevel("http://a:5000", "r1")).isEqualTo(NotifyLevel.MUTED);
    assertThat(reloaded.notifyLevel("http://a:5000", "r2"))
        .isEqualTo(NotifyLevel.MENTIONS_AND_DIRECT);
    assertThat(reloaded.notifyLevel("http://b:5000", "r1")).isEqualTo(NotifyLevel.ALL);
    assertThat(reloaded.isOn(Switch.HOST_ON_START)).isFalse();
    assertThat(reloaded.isOn(Switch.HOSTED_LAST_TIME)).isTrue();
    assertThat(reloaded.window()).contains(new Settings.WindowBounds(10, 20, 800, 600, false));
  }

  @Test
  void aForgottenServerLeavesTheRecentListWithItsToken() {
    Path file = dir.resolve("settings.json");
    Settings settings = Settings.load(file);
    settings.remember("http://a:5000", "A", "alice", "token-a", 1);

    settings.forgetServer("http://a:5000");

    assertThat(Settings.load(file).recentServers()).isEmpty();
  }

  @Test
  void tokensStayOutOfLogs() {
    assertThat(new Settings.SavedServer("http://a:5000", "A", "alice", "secret", 1).toString())
        .doesNotContain("secret");
  }
}
