package chat.client.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files: {@code data} for the outbox and a hosted server's store, {@code
 * config} for settings and remembered sign-ins, {@link #cache()} for files fetched again at will;
 * and {@code downloads}, the user's Downloads folder, where "Open" saves a file first. The {@code
 * chat.home} system property puts all three under one folder (tests, portable use).
 */
public record AppDirs(Path data, Path config, Path downloads) {

  private static final String APP = "chat-desktop";

  /** The platform's usual places, or {@code chat.home} when set. */
  public static AppDirs forUser() {
    String home = System.getProperty("chat.home");
    if (home != null && !home.isBlank()) {
      return under(Path.of(home));
    }
    return standard(System.getProperty("os.name", ""), System.getenv(), userHome());
  }

  /** All three folders inside {@code root}. */
  public static AppDirs under(Path root) {
    return new AppDirs(root.resolve("data"), root.resolve("config"), root.resolve("Downloads"));
  }

  /** Files the app may fetch again (the images shown in chats): {@code cache} in {@code data}. */
  public Path cache() {
    return data.resolve("cache");
  }

  static AppDirs standard(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    Path downloads = home.resolve("Downloads");
    if (os.contains("win")) {
      Path appData = pathOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
      Path local = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
      return new AppDirs(local.resolve(APP), appData.resolve(APP), downloads);
    }
    if (os.contains("mac")) {
      Path support = home.resolve("Library").resolve("Application Support").resolve(APP);
      return new AppDirs(support, support, downloads);
    }
    Path data = pathOr(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share"));
    Path config = pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
    return new AppDirs(data.resolve(APP), config.resolve(APP), downloads);
  }

  private static Path pathOr(String value, Path fallback) {
    return value == null || value.isBlank() ? fallback : Path.of(value);
  }

  private static Path userHome() {
    return Path.of(System.getProperty("user.home"));
  }
}
