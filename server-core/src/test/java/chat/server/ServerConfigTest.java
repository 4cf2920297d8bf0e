package chat.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import chat.server.net.TransportLimits;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    ServerConfig config = ServerConfig.fromEnvironment(Map.of());

    assertThat(config.httpPort()).isEqualTo(5000);
    assertThat(config.wsPort()).isEqualTo(5001);
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.dataDir()).isEqualTo(Path.of("data"));
    assertThat(config.appEnv()).isEqualTo(ServerConfig.AppEnv.PRODUCTION);
    assertThat(config.jwtSecret()).isEmpty();
    assertThat(config.jwtRefreshSecret()).isEmpty();
    assertThat(config.bcryptCost()).isEqualTo(12);
    assertThat(config.messagesPerSecond()).isEqualTo(10);
    assertThat(config.messageBurst()).isEqualTo(30);
    assertThat(config.loginAttemptsPerMinute()).isEqualTo(10);
    assertThat(config.abuse()).isEqualTo(new ServerConfig.AbuseLimits(30, 20, 64, 50, 20, 6));
    assertThat(config.realtime().presenceGrace()).isEqualTo(Duration.ofSeconds(4));
    assertThat(config.realtime().typingTimeout()).isEqualTo(Duration.ofSeconds(6));
    assertThat(config.realtime().typingThrottle()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.discovery()).isTrue();
    assertThat(config.tls()).isEqualTo(ServerConfig.Tls.OFF);
  }

  @Test
  void transportLimitsHaveSafeDefaults() {
    ServerConfig config = ServerConfig.fromEnvironment(Map.of());

    assertThat(config.transport())
        .isEqualTo(
            new TransportLimits(
                10_000,
                1_000,
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                4 << 20,
                Duration.ofSeconds(30),
                Duration.ofSeconds(60)));
    assertThat(config.trustedProxies()).isEmpty();
  }

  @Test
  void aPublicSocketUrlIsAWsOrWssUrlWithAHostAndNoPassword() {
    assertThat(
            ServerConfig.fromEnvironment(Map.of("PUBLIC_WS_URL", "wss://chat.example.com/ws"))
                .publicWsUrl())
        .contains(URI.create("wss://chat.example.com/ws"));
    assertThat(ServerConfig.fromEnvironment(Map.of()).publicWsUrl()).isEmpty();
    for (String bad : List.of("https://chat.example.com/ws", "wss:///ws", "wss://u:pw@lb/ws")) {
      assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("PUBLIC_WS_URL", bad)))
          .isInstanceOf(ConfigException.class)
          .hasMessage("PUBLIC_WS_URL must look like wss://host[:port]/path (or ws://)");
    }
  }

  @Test
  void trustedProxiesAreAddressesNeverNames() {
    assertThat(
            ServerConfig.fromEnvironment(Map.of("TRUSTED_PROXIES", "10.0.0.2, ::1"))
                .trustedProxies())
        .containsExactly(InetAddress.ofLiteral("10.0.0.2"), InetAddress.ofLiteral("::1"));
    assertThatThrownBy(
            () -> ServerConfig.fromEnvironment(Map.of("TRUSTED_PROXIES", "10.0.0.2,lb.local")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "TRUSTED_PROXIES must list IP addresses separated by commas; 'lb.local' is not one");
  }

  @Test
  void filesDefaultToTwentyFiveMibAGibibytePerUserTheDataDirAndADayUnsent() {
    ServerConfig.FileSharing files = ServerConfig.fromEnvironment(Map.of()).files();

    assertThat(files)
        .isEqualTo(
            new ServerConfig.FileSharing(
                25L << 20,
                1L << 30,
                60,
                8 * (25L << 20),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.time.Duration.ofHours(24),
                java.time.Duration.ofHours(1)));
  }

  @Test
  void anS3EndpointNeedsItsBucketAndKeysAndTheSecretIsNeverEchoed() {
    assertThatThrownBy(
            () -> ServerConfig.fromEnvironment(Map.of("FILES_S3_ENDPOINT", "http://s3.local")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("FILES_S3_BUCKET, FILES_S3_ACCESS_KEY, FILES_S3_SECRET_KEY");

    ServerConfig.S3Bucket bucket =
        ServerConfig.fromEnvironment(
                Map.of(
                    "FILES_S3_ENDPOINT", "http://s3.local",
                    "FILES_S3_BUCKET", "chat",
                    "FILES_S3_ACCESS_KEY", "key",
                    "FILES_S3_SECRET_KEY", "very-secret"))
            .files()
            .s3()
            .orElseThrow();
    assertThat(bucket.region()).isEqualTo("us-east-1");
    assertThat(bucket.toString()).doesNotContain("very-secret");
  }

  @Test
  void discoveryIsOnOrOff() {
    assertThat(ServerConfig.fromEnvironment(Map.of("DISCOVERY", "off")).discovery()).isFalse();
    assertThat(ServerConfig.fromEnvironment(Map.of("DISCOVERY", "ON")).discovery()).isTrue();
    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("DISCOVERY", "yes")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("DISCOVERY must be 'on' or 'off', not 'yes'");
  }

  @Test
  void tlsOnWithoutFilesMeansAGeneratedCertificate() {
    assertThat(ServerConfig.fromEnvironment(Map.of("TLS", "ON")).tls())
        .isEqualTo(new ServerConfig.Tls(true, Optional.empty(), Optional.empty()));
  }

  @Test
  void certificateFilesTurnTlsOn(@TempDir Path dir) throws IOException {
    Path cert = Files.writeString(dir.resolve("cert.pem"), "x");
    Path key = Files.writeString(dir.resolve("key.pem"), "x");

    assertThat(
            ServerConfig.fromEnvironment(
                    Map.of("TLS_CERT", cert.toString(), "TLS_KEY", key.toString()))
                .tls())
        .isEqualTo(new ServerConfig.Tls(true, Optional.of(cert), Optional.of(key)));
  }

  @Test
  void badTlsSettingsAreExplained(@TempDir Path dir) throws IOException {
    Path cert = Files.writeString(dir.resolve("cert.pem"), "x");
    Path key = Files.writeString(dir.resolve("key.pem"), "x");
    Path missing = dir.resolve("missing.pem");

    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("TLS", "yes")))
        .hasMessage("TLS must be 'on' or 'off', not 'yes'");
    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("TLS_CERT", cert.toString())))
        .hasMessage("TLS_CERT and TLS_KEY go together: set both (PEM files) or neither");
    assertThatThrownBy(
            () ->
                ServerConfig.fromEnvironment(
                    Map.of("TLS_CERT", missing.toString(), "TLS_KEY", key.toString())))
        .hasMessage("TLS_CERT names no readable file: " + missing);
    assertThatThrownBy(
            () ->
                ServerConfig.fromEnvironment(
                    Map.of("TLS", "off", "TLS_CERT", cert.toString(), "TLS_KEY", key.toString())))
        .hasMessage("TLS_CERT and TLS_KEY are set but TLS=off: remove one or the other");
  }

  /** The protocol promises "offline" within 10 s of the last close: no grace may break that. */
  @Test
  void thePresenceGraceStaysUnderTenSeconds() {
    assertThat(ServerConfig.fromEnvironment(Map.of("PRESENCE_GRACE_MS", "9000")).realtime())
        .extracting(ServerConfig.RealtimeTimings::presenceGrace)
        .isEqualTo(Duration.ofSeconds(9));
    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("PRESENCE_GRACE_MS", "10000")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("PRESENCE_GRACE_MS must be a whole number from 0 to 9000, not '10000'");
  }

  @Test
  void aByteCountOutOfRangeOrNotANumberIsReportedWithItsRange() {
    assertThat(problemsOf(Map.of("FILES_MAX_BYTES", "0", "FILES_SPOOL_BYTES", "x")))
        .containsExactlyInAnyOrder(
            "FILES_MAX_BYTES must be a number of bytes from 1 to 1125899906842624, not '0'",
            "FILES_SPOOL_BYTES must be a number of bytes from 1 to 1125899906842624, not 'x'");
  }

  @Test
  void wsPortFollowsPortUnlessSet() {
    assertThat(ServerConfig.fromEnvironment(Map.of("PORT", "7000")).wsPort()).isEqualTo(7001);
    assertThat(ServerConfig.fromEnvironment(Map.of("PORT", "7000", "WS_PORT", "9000")).wsPort())
        .isEqualTo(9000);
  }

  @Test
  void everyBadValueIsReportedOnALineOfItsOwn() {
    Map<String, String> env =
        Map.of(
            "PORT", "http",
            "WS_PORT", "70000",
            "APP_ENV", "staging",
            "BCRYPT_COST", "3",
            "JWT_SECRET", "short");

    assertThat(problemsOf(env))
        .containsExactlyInAnyOrder(
            "PORT must be a whole number from 0 to 65535, not 'http'",
            "WS_PORT must be a whole number from 0 to 65535, not '70000'",
            "APP_ENV must be 'production' or 'development', not 'staging'",
            "BCRYPT_COST must be a whole number from 4 to 16, not '3'",
            "JWT_SECRET must be at least 32 characters in production (or leave it"
                + " unset to have one generated)");
  }

  @Test
  void theFloodLimitsAreReadAndChecked() {
    ServerConfig config =
        ServerConfig.fromEnvironment(
            Map.of(
                "LOGINS_PER_ADDRESS_PER_MINUTE", "5",
                "REGISTRATIONS_PER_ADDRESS_PER_HOUR", "6",
                "PASSWORD_HASH_QUEUE", "7",
                "INVITES_PER_USER_PER_MINUTE", "8",
                "ROOMS_PER_USER_PER_HOUR", "9",
                "EXPORTS_PER_USER_PER_HOUR", "10"));

    assertThat(config.abuse()).isEqualTo(new ServerConfig.AbuseLimits(5, 6, 7, 8, 9, 10));
    assertThat(problemsOf(Map.of("PASSWORD_HASH_QUEUE", "0", "ROOMS_PER_USER_PER_HOUR", "many")))
        .containsExactlyInAnyOrder(
            "PASSWORD_HASH_QUEUE must be a whole number from 1 to 100000, not '0'",
            "ROOMS_PER_USER_PER_HOUR must be a whole number from 1 to 1000000, not 'many'");
  }

  @Test
  void aSecretIsNeverEchoed() {
    assertThatThrownBy(
            () -> ServerConfig.fromEnvironment(Map.of("JWT_REFRESH_SECRET", "hunter2-secret")))
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void developmentAcceptsShortSecretsButNotTwoEqualOnes() {
    ServerConfig config =
        ServerConfig.fromEnvironment(
            Map.of("APP_ENV", "development", "JWT_SECRET", "a", "JWT_REFRESH_SECRET", "b"));
    assertThat(config.jwtSecret()).contains("a");

    assertThatThrownBy(
            () ->
                ServerConfig.fromEnvironment(
                    Map.of(
                        "APP_ENV",
                        "development",
                        "JWT_SECRET",
                        "same",
                        "JWT_REFRESH_SECRET",
                        "same")))
        .hasMessage("JWT_REFRESH_SECRET must differ from JWT_SECRET");
  }

  @Test
  void samePortTwiceIsRefused() {
    assertThatThrownBy(
            () -> ServerConfig.fromEnvironment(Map.of("PORT", "6000", "WS_PORT", "6000")))
        .hasMessage("WS_PORT must differ from PORT (6000)");
  }

  @Test
  void presenceSettingsAreChecked() {
    assertThat(
            problemsOf(
                Map.of("PRESENCE_NODE_TIMEOUT_SECONDS", "90", "PRESENCE_FILTER_ERROR_RATE", "1.5")))
        .containsExactlyInAnyOrder(
            "PRESENCE_NODE_TIMEOUT_SECONDS must be a whole number from 1 to 50, not '90'",
            "PRESENCE_FILTER_ERROR_RATE must be a number between 0 and 1, not '1.5'");
  }

  /** The problems, one a line, that {@code env} is refused with. */
  static List<String> problemsOf(Map<String, String> env) {
    Throwable refused = catchThrowable(() -> ServerConfig.fromEnvironment(env));
    assertThat(refused).isInstanceOf(ConfigException.class);
    return refused.getMessage().lines().toList();
  }
}
