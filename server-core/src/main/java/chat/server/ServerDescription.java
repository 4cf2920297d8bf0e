package chat.server;

import chat.protocol.Features;
import chat.protocol.discovery.ServiceRecord;
import chat.protocol.http.ServerInfo;
import chat.server.http.HttpApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a node says about itself: its name, build version and features in {@code /api/info}, and its
 * name, version, ports and certificate in its LAN announcement. Written once here so that the two
 * never disagree.
 */
final class ServerDescription {

  private ServerDescription() {}

  /** What {@code /api/info} answers about the server. */
  static HttpApi.Identity identity(ServerConfig config, String storeMode, boolean files) {
    return new HttpApi.Identity(
        config.serverName(),
        version(),
        storeMode,
        features(files),
        config.files().maxBytes(),
        config.publicWsUrl());
  }

  /**
   * What LAN discovery announces.
   *
   * @param tlsFingerprint the certificate's SHA-256 fingerprint when the server uses TLS
   */
  static ServiceRecord announcement(
      ServerConfig config, int httpPort, int wsPort, Optional<String> tlsFingerprint) {
    return new ServiceRecord(
        ServiceRecord.clipName(config.serverName()),
        version(),
        ServerInfo.PROTOCOL_VERSION,
        httpPort,
        wsPort,
        tlsFingerprint);
  }

  /** What {@code /api/info} lists: every served feature, {@code files} when files are served. */
  private static List<String> features(boolean files) {
    List<String> features = new ArrayList<>(Services.FEATURES);
    if (files) {
      features.add(Features.FILES);
    }
    return features;
  }

  /** The build's version, from the jar's resources. */
  private static String version() {
    Properties properties = new Properties();
    try (InputStream in =
        ServerDescription.class.getResourceAsStream("server-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
