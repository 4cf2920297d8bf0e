package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asking for headroom must answer even when the process has no descriptor left, since that is
 * exactly when the socket port's watch asks; a throw there ended the watch for good.
 */
class FileDescriptorsTest {

  @TempDir Path dir;

  @Test
  void withNotOneDescriptorLeftThereIsNoHeadroomRatherThanAnError() throws Exception {
    Path file = Files.writeString(dir.resolve("held"), "x");
    Process child =
        new ProcessBuilder(
                "bash",
                "-c",
                "ulimit -n 200 && exec \"$0\" \"$@\"",
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                Exhausted.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(said).contains("headroom=false").doesNotContain("Error");
  }

  /** Opens a file until no descriptor is left, then asks for headroom and prints the answer. */
  static final class Exhausted {
    public static void main(String[] args) throws Exception {
      FileDescriptors.haveHeadroom(); // loads the classes while descriptors are to spare
      List<RandomAccessFile> held = new ArrayList<>();
      try {
        while (held.size() < 10_000) {
          held.add(new RandomAccessFile(args[0], "r"));
        }
      } catch (IOException outOfDescriptors) {
        System.out.println("headroom=" + FileDescriptors.haveHeadroom());
      }
    }
  }
}
