package chat.client.config;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(settings.darkTheme()).isFalse();
    assertThat(settings.hostPorts()).isEqualTo(Settings.HostPorts.DEFAULT);

    settings.setDarkTheme(true);
    settings.setHostPorts(new Settings.HostPorts(6000, 6001));

    Settings reloaded = Settings.load(file);
    assertThat(reloaded.darkTheme()).isTrue();
    assertThat(reloaded.hostPorts()).isEqualTo(new Settings.HostPorts(6000, 6001));
  }

  @Test
  void certificatePinsAreKeptPerServerUntilForgotten() {
    Path file = dir.resolve("settings.json");
    Settings settings = Settings.load(file);
    settings.pinCertificate("10.0.0.5:5000", "AA:BB");
    settings.pinCertificate("10.0.0.6:5000", "CC:DD");
    settings.setDarkTheme(true);

    settings.forgetCertificate("10.0.0.6:5000");

    Settings reloaded = Settings.load(file);
    assertThat(reloaded.pinnedCertificate("10.0.0.5:5000")).contains("AA:BB");
    assertThat(reloaded.pinnedCertificate("10.0.0.6:5000")).isEmpty();
    assertThat(reloaded.pinnedCertificate("10.0.0.5:6000")).isEmpty();
  }

  /** Settings written before pins existed still load, with none. */
  @Test
  void aFileWithoutPinsLoads() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "{\"darkTheme\":true,\"servers\":[]}");

    Settings settings = Settings.load(file);

    assertThat(settings.darkTheme()).isTrue();
    assertThat(settings.pinnedCertificate("10.0.0.5:5000")).isEmpty();
  }

  @Test
  void tokensStayOutOfLogs() {
    assertThat(new Settings.SavedServer("http://a:5000", "A", "alice", "secret", 1).toString())
        .doesNotContain("secret");
  }
}
