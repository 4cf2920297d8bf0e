package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.model.Attachment;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.BlobKey;
import chat.server.store.BlobStore;
import chat.server.store.StorageContract;
import chat.server.store.blob.DirectoryBlobStore;
import chat.server.support.MovableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep of files never sent, on each store with real blobs in a folder, by a clock the test
 * moves: an upload older than the TTL goes with its quota bytes, a younger one stays, and the bytes
 * go only with the last file that names them.
 */
public abstract class FileSweepContract extends StorageContract {

  private static final Duration TTL = Duration.ofHours(24);

  @TempDir Path folder;

  private final MovableClock clock = new MovableClock();
  private final DelayedTasks tasks = new DelayedTasks(clock);
  private BlobStore blobs;
  private FileService files;
  private UnsentFileSweep sweep;
  private AuthenticatedUser ann;

  @BeforeEach
  void services() throws IOException {
    String annId = user("ann");
    sharedPrivateRooms(annId, user("bob"), "r1");
    ann = new AuthenticatedUser(annId, "ann", "s-ann");
    blobs = new DirectoryBlobStore(folder.resolve("blobs"));
    files =
        new FileService(
            storage.ports(),
            blobs,
            folder.resolve("spool"),
            new RateLimiter(1_000, 1_000),
            new FileService.Limits(1 << 20, 1 << 30, 8 << 20, 3),
            clock);
    sweep = new UnsentFileSweep(files.cleanup(), tasks, new UnsentFileSweep.Timing(TTL, TTL));
  }

  @AfterEach
  void stopTasks() {
    tasks.close();
  }

  private Attachment upload(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return files.upload(ann, "r1", "note.txt", bytes.length, new ByteArrayInputStream(bytes));
  }

  private boolean blobHeld(Attachment file) throws IOException {
    return blobs.size(new BlobKey(file.sha256())).isPresent();
  }

  private void assertGone(Attachment file) {
    assertThatThrownBy(() -> files.find(ann, file.fileId()))
        .isInstanceOf(ChatException.class)
        .hasMessageContaining("no such file");
  }

  @Test
  void anUploadUnsentForLongerThanTheTtlGoesWithItsQuotaBytesAndAYoungerOneStays()
      throws IOException {
    Attachment old = upload("old bytes");
    clock.advance(TTL.minusHours(1));
    Attachment young = upload("young bytes!");

    clock.advance(Duration.ofHours(2));
    assertThat(sweep.sweep()).isEqualTo(1);

    assertGone(old);
    assertThat(blobHeld(old)).isFalse();
    assertThat(files.find(ann, young.fileId()).size()).isEqualTo(12);
    assertThat(blobHeld(young)).isTrue();
    assertThat(storage.files().usedBytes(ann.userId())).isEqualTo(12);
    assertThat(storage.files().blobReferences(old.sha256())).isZero();
    assertThat(sweep.sweep()).isZero();
  }

  @Test
  void aStartedSweepRunsAgainEveryInterval() throws InterruptedException {
    new UnsentFileSweep(
            files.cleanup(), tasks, new UnsentFileSweep.Timing(TTL, Duration.ofMillis(50)))
        .start();

    for (String text : new String[] {"first round", "second round"}) {
      Attachment file = upload(text);
      clock.advance(TTL.plusHours(1));
      awaitGone(file);
    }
  }

  private void awaitGone(Attachment file) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (storage.files().find(file.fileId()).isPresent() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(storage.files().find(file.fileId())).isEmpty();
  }

  @Test
  void bytesStayWhileAnotherFileNamesThemAndGoWithTheLast() throws IOException {
    Attachment first = upload("the same bytes");
    clock.advance(Duration.ofHours(12));
    Attachment second = upload("the same bytes");
    clock.advance(Duration.ofHours(13));

    assertThat(sweep.sweep()).isEqualTo(1);
    assertGone(first);
    assertThat(blobHeld(second)).isTrue();
    try (var in = files.find(ann, second.fileId()).bytes().read(0, 14)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("the same bytes");
    }

    clock.advance(Duration.ofHours(12));
    assertThat(sweep.sweep()).isEqualTo(1);
    assertGone(second);
    assertThat(blobHeld(second)).isFalse();
    assertThat(storage.files().usedBytes(ann.userId())).isZero();
  }
}
