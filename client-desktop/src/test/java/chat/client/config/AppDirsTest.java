package chat.client.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

  private static final Path HOME = Path.of("/home/alice");

  @Test
  void linuxFollowsTheXdgFoldersAndTheirDefaults() {
    assertThat(AppDirs.standard("Linux", Map.of(), HOME))
        .isEqualTo(
            new AppDirs(
                Path.of("/home/alice/.local/share/chat-desktop"),
                Path.of("/home/alice/.config/chat-desktop"),
                Path.of("/home/alice/Downloads")));
    assertThat(
            AppDirs.standard(
                "Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/dat"), HOME))
        .isEqualTo(
            new AppDirs(
                Path.of("/dat/chat-desktop"),
                Path.of("/cfg/chat-desktop"),
                Path.of("/home/alice/Downloads")));
  }

  @Test
  void windowsAndMacUseTheirOwnPlaces() {
    assertThat(AppDirs.standard("Windows 11", Map.of("APPDATA", "/r", "LOCALAPPDATA", "/l"), HOME))
        .isEqualTo(
            new AppDirs(
                Path.of("/l/chat-desktop"),
                Path.of("/r/chat-desktop"),
                Path.of("/home/alice/Downloads")));
    assertThat(AppDirs.standard("Mac OS X", Map.of(), HOME).config())
        .isEqualTo(Path.of("/home/alice/Library/Application Support/chat-desktop"));
  }

  @Test
  void oneRootHoldsAllThreeForTestsAndPortableUse() {
    assertThat(AppDirs.under(Path.of("/tmp/x")))
        .isEqualTo(
            new AppDirs(
                Path.of("/tmp/x/data"), Path.of("/tmp/x/config"), Path.of("/tmp/x/Downloads")));
  }
}
