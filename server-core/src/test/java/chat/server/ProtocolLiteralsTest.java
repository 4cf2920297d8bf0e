package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Close codes, error codes and feature names are written once, in shared-protocol, and both the
 * server and the client name them through its constants: a number or a string typed out on one side
 * drifts from the other side silently.
 */
class ProtocolLiteralsTest {

  private final ProtocolLiteralScanner scanner = ProtocolLiteralScanner.ofSharedProtocol();

  @Test
  void noLiteralCloseCodeErrorCodeOrFeatureNameOutsideSharedProtocol() throws IOException {
    Path root = ProtocolLiteralScanner.repositoryRoot();
    List<ProtocolLiteralScanner.Violation> found = new ArrayList<>();
    for (String module : List.of("server-core", "client-desktop")) {
      Path sources = root.resolve(module).resolve("src/main");
      assertThat(sources).isDirectory();
      found.addAll(scanner.scanTree(sources));
    }

    assertThat(found).as("literals that should name shared-protocol's constants").isEmpty();
  }

  @Test
  void theScannerReportsEachPlantedLiteralWithItsLineAndSkipsLookalikes(@TempDir Path dir)
      throws IOException {
    Path planted = dir.resolve("Planted.java");
    Files.writeString(
        planted,
        """
        class Planted {
          // socket.close(4401, "FORBIDDEN") in a comment is not code
          /** Closes with 4408 and lists "presence". */
          void run(WebSocket socket, long ms, List<String> features) {
            socket.close(4401, "bye");
            socket.close(1000, null);
            long seconds = ms / 1000;
            String code = "FORBIDDEN";
            boolean shows = features.contains("presence");
            String sentence = "the FORBIDDEN room, 4408";
            double closeRatio = 4401.5;
            String json = \"""
                {"code":"FORBIDDEN"}
                \""";
            char quote = '"';
            String word = "typing";
            int status = 4_408;
          }
        }
        """);

    List<String> found =
        scanner.scan(planted).stream().map(v -> v.line() + " " + v.literal()).toList();

    assertThat(found)
        .containsExactly(
            "5 4401", "6 1000", "8 \"FORBIDDEN\"", "9 \"presence\"", "16 \"typing\"", "17 4408");
  }
}
