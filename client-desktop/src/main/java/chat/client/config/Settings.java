package chat.client.config;

import chat.protocol.ProtocolJson;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
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

  /**
   * @param pins each server's trusted TLS certificate: {@code host:port} to SHA-256 fingerprint
   */
  private record Contents(
      Boolean darkTheme,
      HostPorts hostPorts,
      List<SavedServer> servers,
      Map<String, String> pins) {}

  private final Path file;
  private Contents contents;

  private Settings(Path file, Contents contents) {
    this.file = file;
    this.contents = contents;
  }

  /** The settings in {@code file}; defaults when it does not exist yet. */
  public static Settings load(Path file) {
    if (!Files.exists(file)) {
      return new Settings(file, new Contents(false, HostPorts.DEFAULT, List.of(), Map.of()));
    }
    try {
      Contents read = ProtocolJson.decode(Files.readAllBytes(file), Contents.class);
      return new Settings(
          file,
          new Contents(
              Boolean.TRUE.equals(read.darkTheme()),
              read.hostPorts() == null ? HostPorts.DEFAULT : read.hostPorts(),
              read.servers() == null ? List.of() : read.servers(),
              read.pins() == null ? Map.of() : read.pins()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the settings " + file, e);
    }
  }

  /** Servers used before, the most recent first. */
  public synchronized List<SavedServer> recentServers() {
    return contents.servers().stream()
        .sorted(Comparator.comparingLong(SavedServer::lastUsed).reversed())
        .toList();
  }

  public synchronized Optional<SavedServer> server(String url) {
    return contents.servers().stream().filter(s -> s.url().equals(url)).findFirst();
  }

  /** Records a sign-in (or a rotated refresh token) on {@code url}. */
  public synchronized void remember(
      String url, String name, String username, String refreshToken, long now) {
    List<SavedServer> servers = withoutServer(url);
    servers.add(new SavedServer(url, name, username, refreshToken, now));
    update(new Contents(contents.darkTheme(), contents.hostPorts(), servers, contents.pins()));
  }

  /** Logout: the server stays in the recent list, its refresh token goes. */
  public synchronized void forgetToken(String url) {
    server(url).ifPresent(s -> remember(s.url(), s.name(), s.username(), null, s.lastUsed()));
  }

  public synchronized boolean darkTheme() {
    return contents.darkTheme();
  }

  public synchronized void setDarkTheme(boolean dark) {
    update(new Contents(dark, contents.hostPorts(), contents.servers(), contents.pins()));
  }

  public synchronized HostPorts hostPorts() {
    return contents.hostPorts();
  }

  public synchronized void setHostPorts(HostPorts ports) {
    update(new Contents(contents.darkTheme(), ports, contents.servers(), contents.pins()));
  }

  /** The fingerprint of the certificate trusted for {@code server} ({@code host:port}), if any. */
  public synchronized Optional<String> pinnedCertificate(String server) {
    return Optional.ofNullable(contents.pins().get(server));
  }

  /** Trusts the certificate of this fingerprint, and no other, for {@code server}. */
  public synchronized void pinCertificate(String server, String fingerprint) {
    Map<String, String> pins = new TreeMap<>(contents.pins());
    pins.put(server, fingerprint);
    update(new Contents(contents.darkTheme(), contents.hostPorts(), contents.servers(), pins));
  }

  /**
   * Forgets the certificate trusted for {@code server}: the next connection asks the user again, as
   * on first use. Only a deliberate action of the user may call this.
   */
  public synchronized void forgetCertificate(String server) {
    Map<String, String> pins = new TreeMap<>(contents.pins());
    pins.remove(server);
    update(new Contents(contents.darkTheme(), contents.hostPorts(), contents.servers(), pins));
  }

  private List<SavedServer> withoutServer(String url) {
    List<SavedServer> servers = new ArrayList<>(contents.servers());
    servers.removeIf(s -> s.url().equals(url));
    return servers;
  }

  private void update(Contents changed) {
    contents = changed;
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(temp);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            temp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(temp);
        ownerOnly(temp);
      }
      Files.write(temp, ProtocolJson.encodeBytes(contents));
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the settings " + file, e);
    }
  }

  /** The best a non-POSIX file system offers: readable and writable by the owner alone. */
  private static void ownerOnly(Path path) {
    File file = path.toFile();
    boolean ok =
        file.setReadable(false, false)
            && file.setReadable(true, true)
            && file.setWritable(false, false)
            && file.setWritable(true, true);
    if (!ok) {
      throw new UncheckedIOException(new IOException("cannot restrict access to " + path));
    }
  }
}
