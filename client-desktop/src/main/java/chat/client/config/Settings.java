package chat.client.config;

import chat.protocol.ProtocolJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The user's settings and remembered servers, one JSON file in the config folder. The file holds
 * refresh tokens, so it is written readable by its owner only (0600), and a token is forgotten at
 * logout. It also holds the TLS certificate trusted for each server (trust on first use). Every
 * change is saved at once.
 */
public final class Settings {

  /** A server the user signed in to; {@code refreshToken} is null once they logged out. */
  public record SavedServer(
      String url, String name, String username, String refreshToken, long lastUsed) {

    /** Keeps the token out of logs. */
    @Override
    public String toString() {
      return "SavedServer[url=" + url + ", username=" + username + "]";
    }
  }

  /** The ports "Host a server on this computer" listens on. */
  public record HostPorts(int httpPort, int wsPort) {
    public static final HostPorts DEFAULT = new HostPorts(5000, 5001);
  }

  /** Light, dark, or whatever the desktop uses. */
  public enum ThemeChoice {
    LIGHT,
    DARK,
    SYSTEM
  }

  /** How loudly a room announces new messages. */
  public enum NotifyLevel {
    ALL,
    MENTIONS_AND_DIRECT,
    MUTED
  }

  /** A yes-or-no choice, and what it is until the user makes it. */
  public enum Switch {
    /** Enter sends (and Shift+Enter breaks the line); when off, Ctrl+Enter sends. */
    ENTER_SENDS(true),
    /** No notification from any room. */
    DO_NOT_DISTURB(false),
    /** An app that was hosting when it quit hosts again when it starts. */
    HOST_ON_START(true),
    /** The app was hosting a server when it last quit. */
    HOSTED_LAST_TIME(false);

    private final boolean byDefault;

    Switch(boolean byDefault) {
      this.byDefault = byDefault;
    }
  }

  /** Where the main window was, so that it opens there again. */
  public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

  /**
   * The file's JSON fields. A field missing from a file written by an older version keeps the
   * default given here.
   */
  private static final class Contents {
    public ThemeChoice theme = ThemeChoice.SYSTEM;
    public Map<Switch, Boolean> switches = new EnumMap<>(Switch.class);

    /** The level of every room whose level the user did not set. */
    public NotifyLevel defaultLevel = NotifyLevel.ALL;

    /**
     * Each room's notification level, keyed by {@link #roomKey}; absent is {@link #defaultLevel}.
     */
    public Map<String, NotifyLevel> roomLevels = new TreeMap<>();

    public WindowBounds window;
    public HostPorts hostPorts = HostPorts.DEFAULT;
    public List<SavedServer> servers = new ArrayList<>();

    /** Each server's trusted TLS certificate: {@code host:port} to SHA-256 fingerprint. */
    public Map<String, String> pins = new TreeMap<>();

    /** The emoji picked last, most recent first. */
    public List<String> recentEmoji = new ArrayList<>();

    /** The theme as versions before {@link #theme} wrote it: read, then dropped. */
    public Boolean darkTheme;
  }

  private final Path file;
  private final Contents contents;

  private Settings(Path file, Contents contents) {
    this.file = file;
    this.contents = contents;
  }

  /** The settings in {@code file}; defaults when it does not exist yet. */
  public static Settings load(Path file) {
    if (!Files.exists(file)) {
      return new Settings(file, new Contents());
    }
    try {
      Contents read = ProtocolJson.decode(Files.readAllBytes(file), Contents.class);
      if (read.darkTheme != null) {
        read.theme = read.darkTheme ? ThemeChoice.DARK : ThemeChoice.LIGHT;
        read.darkTheme = null;
      }
      return new Settings(file, read);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the settings " + file, e);
    }
  }

  /** Servers used before, the most recent first. */
  public synchronized List<SavedServer> recentServers() {
    return contents.servers.stream()
        .sorted(Comparator.comparingLong(SavedServer::lastUsed).reversed())
        .toList();
  }

  public synchronized Optional<SavedServer> server(String url) {
    return contents.servers.stream().filter(s -> s.url().equals(url)).findFirst();
  }

  /** Records a sign-in (or a rotated refresh token) on {@code url}. */
  public synchronized void remember(
      String url, String name, String username, String refreshToken, long now) {
    removeServer(url);
    contents.servers.add(new SavedServer(url, name, username, refreshToken, now));
    save();
  }

  /** Logout: the server stays in the recent list, its refresh token goes. */
  public synchronized void forgetToken(String url) {
    server(url).ifPresent(s -> remember(s.url(), s.name(), s.username(), null, s.lastUsed()));
  }

  /** Removes {@code url} from the known servers, with its refresh token. */
  public synchronized void forgetServer(String url) {
    removeServer(url);
    save();
  }

  public synchronized ThemeChoice theme() {
    return contents.theme;
  }

  public synchronized void setTheme(ThemeChoice theme) {
    contents.theme = theme;
    save();
  }

  public synchronized boolean isOn(Switch choice) {
    return contents.switches.getOrDefault(choice, choice.byDefault);
  }

  public synchronized void set(Switch choice, boolean on) {
    contents.switches.put(choice, on);
    save();
  }

  /** The emoji picked last, most recent first. */
  public synchronized List<String> recentEmoji() {
    return List.copyOf(contents.recentEmoji);
  }

  public synchronized void setRecentEmoji(List<String> emoji) {
    contents.recentEmoji = new ArrayList<>(emoji);
    save();
  }

  /** The room's level: the one the user set for it, else the default level. */
  public synchronized NotifyLevel notifyLevel(String serverUrl, String roomId) {
    return contents.roomLevels.getOrDefault(roomKey(serverUrl, roomId), contents.defaultLevel);
  }

  /** Whether the user set this room's level, rather than leaving it to the default. */
  public synchronized boolean hasOwnNotifyLevel(String serverUrl, String roomId) {
    return contents.roomLevels.containsKey(roomKey(serverUrl, roomId));
  }

  /** Gives the room a level of its own, which a change of the default level leaves alone. */
  public synchronized void setNotifyLevel(String serverUrl, String roomId, NotifyLevel level) {
    contents.roomLevels.put(roomKey(serverUrl, roomId), level);
    save();
  }

  /** Puts the room back under the default level. */
  public synchronized void forgetNotifyLevel(String serverUrl, String roomId) {
    contents.roomLevels.remove(roomKey(serverUrl, roomId));
    save();
  }

  /** The level of the rooms whose level the user did not set. */
  public synchronized NotifyLevel defaultNotifyLevel() {
    return contents.defaultLevel;
  }

  public synchronized void setDefaultNotifyLevel(NotifyLevel level) {
    contents.defaultLevel = level;
    save();
  }

  public synchronized Optional<WindowBounds> window() {
    return Optional.ofNullable(contents.window);
  }

  public synchronized void setWindow(WindowBounds bounds) {
    contents.window = bounds;
    save();
  }

  public synchronized HostPorts hostPorts() {
    return contents.hostPorts;
  }

  public synchronized void setHostPorts(HostPorts ports) {
    contents.hostPorts = ports;
    save();
  }

  /** The fingerprint of the certificate trusted for {@code server} ({@code host:port}), if any. */
  public synchronized Optional<String> pinnedCertificate(String server) {
    return Optional.ofNullable(contents.pins.get(server));
  }

  /** Trusts the certificate of this fingerprint, and no other, for {@code server}. */
  public synchronized void pinCertificate(String server, String fingerprint) {
    contents.pins.put(server, fingerprint);
    save();
  }

  /**
   * Forgets the certificate trusted for {@code server}: the next connection asks the user again, as
   * on first use. Only a deliberate action of the user may call this.
   */
  public synchronized void forgetCertificate(String server) {
    contents.pins.remove(server);
    save();
  }

  /** A room on a server, as one key: room ids are unique on one server only. */
  private static String roomKey(String serverUrl, String roomId) {
    return serverUrl + " " + roomId;
  }

  private void removeServer(String url) {
    contents.servers.removeIf(s -> s.url().equals(url));
  }

  private void save() {
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(temp);
      OwnerOnly.newFile(temp);
      Files.write(temp, ProtocolJson.encodeBytes(contents));
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the settings " + file, e);
    }
  }
}
