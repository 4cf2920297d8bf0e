package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.server.store.BlobStore.NoSuchBlobException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link BlobStore} must do; each adapter's test supplies a fresh, empty store. */
public abstract class BlobStoreContract {

  private static final BlobKey KEY = new BlobKey("9f86d081884c7d659a2feaa0c55ad015");

  @TempDir protected Path scratch;

  /** A fresh store with no blob in it. */
  protected abstract BlobStore store();

  @Test
  void aStoredBlobReadsBackByteForByte() throws IOException {
    byte[] bytes = randomBytes(3 * 1024 * 1024 + 17);

    store().put(KEY, file(bytes));

    assertThat(store().size(KEY)).hasValue(bytes.length);
    try (InputStream in = store().read(KEY, 0, bytes.length)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void aRangeReadsOnlyItsBytes() throws IOException {
    byte[] bytes = randomBytes(100_000);
    store().put(KEY, file(bytes));

    try (InputStream in = store().read(KEY, 4_000, 50_000)) {
      assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(bytes, 4_000, 54_000));
    }
    try (InputStream in = store().read(KEY, 99_999, 1)) {
      assertThat(in.readAllBytes()).containsExactly(bytes[99_999]);
    }
  }

  @Test
  void puttingAKeyThatIsStoredAlreadyKeepsTheFirstBlob() throws IOException {
    byte[] first = randomBytes(1_000);
    store().put(KEY, file(first));

    store().put(KEY, file(randomBytes(2_000)));

    assertThat(store().size(KEY)).hasValue(first.length);
    try (InputStream in = store().read(KEY, 0, first.length)) {
      assertThat(in.readAllBytes()).isEqualTo(first);
    }
  }

  @Test
  void anUnknownKeyHasNoSizeAndCannotBeRead() throws IOException {
    assertThat(store().size(KEY)).isEmpty();
    assertThatThrownBy(() -> store().read(KEY, 0, 10)).isInstanceOf(NoSuchBlobException.class);
  }

  @Test
  void aDeletedBlobIsGoneAndDeletingItAgainDoesNothing() throws IOException {
    BlobKey other = new BlobKey(KEY.value() + "-320");
    store().put(KEY, file(randomBytes(10)));
    store().put(other, file(randomBytes(20)));

    store().delete(KEY);
    store().delete(KEY);

    assertThat(store().size(KEY)).isEmpty();
    assertThatThrownBy(() -> store().read(KEY, 0, 10)).isInstanceOf(NoSuchBlobException.class);
    assertThat(store().size(other)).hasValue(20);
  }

  /**
   * Stores 10 bytes under {@code key}, then lists where they went: every path under {@code folder},
   * the folder included, for an adapter's test to check its own layout.
   */
  protected List<Path> pathsAfterPutting(BlobKey key, Path folder) throws IOException {
    store().put(key, file(randomBytes(10)));
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.toList();
    }
  }

  /** A file of the scratch folder holding {@code bytes}. */
  protected Path file(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(scratch, "upload-", ".bin"), bytes);
  }

  protected static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new Random(count).nextBytes(bytes);
    return bytes;
  }
}
