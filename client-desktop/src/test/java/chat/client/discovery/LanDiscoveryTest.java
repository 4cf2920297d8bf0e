package chat.client.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.ChildJvm;
import chat.client.support.NetworkNamespaces;
import chat.client.support.TimingSensitive;
import chat.protocol.CertificateFingerprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing, on a private LAN: the headless server, over TLS, announces itself (with its
 * certificate's fingerprint) in one network namespace and the app's browser finds it from another,
 * then sees it go when the server stops. Both run as processes of their own (a JVM's sockets live
 * in the namespace it started in); nothing leaves the namespaces, which are deleted afterwards.
 */
@TimingSensitive
class LanDiscoveryTest {

  private static final Pattern UP = Pattern.compile("http port (\\d+), socket port (\\d+)");
  private static final Pattern FINGERPRINT = Pattern.compile("fingerprint ([0-9A-F:]{95})");
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration FIND = Duration.ofSeconds(20);
  private static final Duration LOSE = Duration.ofSeconds(15);

  @TempDir Path dir;

  @Test
  void theAppFindsAServerOnItsLanAndSeesItGo() throws Exception {
    try (NetworkNamespaces lan = NetworkNamespaces.create();
        ChildJvm browser =
            ChildJvm.start(
                lan::inB, Map.of(), BrowsePrinter.class.getName(), NetworkNamespaces.ADDRESS_B);
        ChildJvm server =
            ChildJvm.start(
                lan::inA,
                Map.of(
                    "HOST", NetworkNamespaces.ADDRESS_A,
                    "PORT", "0",
                    "DATA_DIR", Files.createDirectories(dir.resolve("server")).toString(),
                    "BCRYPT_COST", "4",
                    "SERVER_NAME", "Chat in namespace A",
                    "DISCOVERY", "on",
                    "TLS", "on"),
                "chat.server.ServerMain")) {
      Matcher up = UP.matcher(server.awaitLine("the server up", START, UP.asPredicate()));
      assertThat(up.find()).isTrue();
      Matcher certificate =
          FINGERPRINT.matcher(
              server.awaitLine("the certificate", START, FINGERPRINT.asPredicate()));
      assertThat(certificate.find()).isTrue();

      String found = browser.awaitLine("the server found", FIND, l -> l.startsWith("FOUND "));

      String[] fields = found.substring("FOUND ".length()).split("\\|");
      assertThat(fields[0]).contains("_chat._tcp.local.");
      assertThat(fields[1]).isEqualTo("Chat in namespace A");
      assertThat(fields[2]).isEqualTo(NetworkNamespaces.ADDRESS_A);
      assertThat(fields[3]).isEqualTo(up.group(1));
      assertThat(fields[4]).isEqualTo(up.group(2));
      assertThat(fields[5]).isNotBlank().isNotEqualTo("unknown");
      assertThat(CertificateFingerprint.normalize(fields[6])).contains(certificate.group(1));

      server.terminate(LOSE);

      String lost = browser.awaitLine("the server lost", LOSE, l -> l.startsWith("LOST "));
      assertThat(lost).isEqualTo("LOST " + fields[0]);
    }
  }
}
