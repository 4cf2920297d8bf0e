package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import chat.server.store.SecretStoreContract;
import chat.server.store.Storage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretStoreTest extends SecretStoreContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }

  @Test
  void theSecretsFileIsReadableByItsOwnerOnlyAndLeavesNoTemporaryFiles() throws Exception {
    assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"));

    storage.secrets().getOrCreate("jwt", () -> "s3cret");
    storage.secrets().getOrCreate("other", () -> "more");

    Path file = dataDir.resolve(EmbeddedStorage.SECRETS_FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (var files = Files.list(dataDir)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
  }
}
