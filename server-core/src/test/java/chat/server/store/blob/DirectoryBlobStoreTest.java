package chat.server.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.server.store.BlobKey;
import chat.server.store.BlobStore;
import chat.server.store.BlobStoreContract;
import chat.server.support.SmallDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryBlobStoreTest extends BlobStoreContract {

  private static final BlobKey KEY = new BlobKey("ab12");

  @TempDir Path dataDir;

  private Path root;
  private DirectoryBlobStore store;

  @BeforeEach
  void open() throws IOException {
    root = dataDir.resolve("files");
    store = new DirectoryBlobStore(root);
  }

  @Override
  protected BlobStore store() {
    return store;
  }

  @Test
  void blobsAndTheirFoldersAreReadableByTheOwnerOnly() throws IOException {
    for (Path path : pathsAfterPutting(KEY, root)) {
      String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
          .as("%s", root.relativize(path))
          .isEqualTo(expected);
    }
  }

  @Test
  void aHalfWrittenBlobOlderThanAnHourIsRemovedOnTheNextStartAndAYoungerOneStays()
      throws IOException {
    store.put(KEY, file(randomBytes(10)));
    Path half = Files.writeString(root.resolve("ab").resolve(".ab34-123.tmp"), "half");
    Files.setLastModifiedTime(
        half,
        FileTime.from(
            Instant.now().minus(DirectoryBlobStore.UNFINISHED_AGE).minus(Duration.ofMinutes(1))));
    Path anotherNodesUpload = Files.writeString(root.resolve("ab").resolve(".ab56-456.tmp"), "new");
    Files.setLastModifiedTime(
        anotherNodesUpload,
        FileTime.from(
            Instant.now().minus(DirectoryBlobStore.UNFINISHED_AGE).plus(Duration.ofMinutes(5))));

    new DirectoryBlobStore(root);

    assertThat(half).doesNotExist();
    assertThat(anotherNodesUpload).exists();
    assertThat(store.size(KEY)).hasValue(10);
  }

  @Test
  void aPutIntoANewShardFolderLeavesTheBlobInPlaceAndNoDotFile() throws IOException {
    store.put(new BlobKey("cd34"), file(randomBytes(7)));

    assertThat(root.resolve("cd").resolve("cd34")).hasSize(7);
    try (Stream<Path> left = Files.list(root.resolve("cd"))) {
      assertThat(left.map(path -> path.getFileName().toString())).containsExactly("cd34");
    }
  }

  @Test
  void aBlobPutFromTheSameFileSystemIsThatFileLinkedNotCopied() throws IOException {
    Path upload = file(randomBytes(1_000));

    store.put(KEY, upload);

    Path blob = root.resolve("ab").resolve("ab12");
    assertThat(Files.isSameFile(blob, upload)).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(blob)))
        .isEqualTo("rw-------");
    Files.delete(upload);
    assertThat(store.size(KEY)).hasValue(1_000);
  }

  @Test
  void aFullDiskFailsThePutAndLeavesNoPartOfTheBlob() throws Exception {
    try (SmallDisk disk = SmallDisk.mount("1m")) {
      DirectoryBlobStore small = new DirectoryBlobStore(disk.path().resolve("files"));
      Path big = file(randomBytes(2 * 1024 * 1024));

      assertThatThrownBy(() -> small.put(KEY, big)).isInstanceOf(IOException.class);

      assertThat(small.size(KEY)).isEmpty();
      try (Stream<Path> files = Files.walk(disk.path())) {
        assertThat(files.filter(Files::isRegularFile)).isEmpty();
      }
      small.put(KEY, file(randomBytes(1_000)));
      assertThat(small.size(KEY)).hasValue(1_000);
    }
  }
}
