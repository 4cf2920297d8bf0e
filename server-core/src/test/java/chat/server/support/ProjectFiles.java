package chat.server.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the project itself (its docs), found from the directory the tests run in. */
public final class ProjectFiles {

  private ProjectFiles() {}

  /** The folder holding {@code .ci/run}, found from the working directory upwards. */
  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(".ci/run"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no .ci/run above " + Path.of("").toAbsolutePath() + ": run the tests inside the project");
  }
}
