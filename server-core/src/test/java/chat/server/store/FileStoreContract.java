package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.store.FileStore.BlobClaim;
import chat.server.store.Previews.Rendition;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link FileStore} must do. */
public abstract class FileStoreContract extends StorageContract {

  private static final String SHA = "a".repeat(64);
  private static final Duration LONG = Duration.ofMinutes(5);

  private String ann;

  @BeforeEach
  void createRoom() {
    ann = user("ann");
    sharedPrivateRooms(ann, user("bob"), "r1");
  }

  private FileStore files() {
    return storage.files();
  }

  private static FileRecord file(String fileId, Previews previews, String messageId) {
    return file(fileId, 5_000, previews, messageId);
  }

  private static FileRecord uploadedAt(String fileId, long createdAt, String messageId) {
    return file(fileId, createdAt, null, messageId);
  }

  private static FileRecord file(
      String fileId, long createdAt, Previews previews, String messageId) {
    return new FileRecord(
        fileId, "r1", "u-ann", "cat ✓.png", 1234, "image/png", SHA, createdAt, previews, messageId);
  }

  @Test
  void aStoredFileIsFoundByItsIdAloneWithEveryField() {
    FileRecord plain = file("f_1", null, null);
    FileRecord image =
        file(
            "f_2",
            new Previews(
                640,
                480,
                "image/png",
                new Rendition("b".repeat(64), 9_000),
                new Rendition("c".repeat(64), 40_000)),
            "r1/1700000000000-0");
    files().insert(plain);
    files().insert(image);
    reopen();

    assertThat(files().find("f_1")).contains(plain);
    assertThat(files().find("f_2")).contains(image);
    assertThat(files().find("f_3")).isEmpty();
  }

  @Test
  void unsentFilesCreatedBeforeTheTimeAreRemovedWithTheirBytesGivenBackAndNoOthers() {
    files().reserveBytes(ann, 3 * 1234, 1L << 30);
    FileRecord old = uploadedAt("f_old", 1_000, null);
    FileRecord young = uploadedAt("f_young", 9_000, null);
    FileRecord sent = uploadedAt("f_sent", 1_000, "r1/1700000000000-0");
    List.of(old, young, sent).forEach(files()::insert);

    assertThat(files().removeUnsent(5_000, 10)).containsExactly(old);

    assertThat(files().find("f_old")).isEmpty();
    assertThat(files().find("f_young")).contains(young);
    assertThat(files().find("f_sent")).contains(sent);
    assertThat(files().usedBytes(ann)).isEqualTo(2 * 1234);
    assertThat(files().removeUnsent(5_000, 10)).isEmpty();
    assertThat(files().removeUnsent(Long.MAX_VALUE, 10)).containsExactly(young);
    assertThat(files().find("f_sent")).contains(sent);
  }

  @Test
  void theOldestDueFilesGoFirstAtMostTheLimitAtATime() {
    for (int i = 5; i >= 1; i--) {
      files().insert(uploadedAt("f_" + i, i * 1_000L, null));
    }

    assertThat(files().removeUnsent(10_000, 2))
        .extracting(FileRecord::fileId)
        .containsExactly("f_1", "f_2");
    assertThat(files().removeUnsent(10_000, 10))
        .extracting(FileRecord::fileId)
        .containsExactly("f_3", "f_4", "f_5");
  }

  @Test
  void concurrentSweepsRemoveEachFileOnceAndGiveItsBytesBackOnce() throws Exception {
    files().reserveBytes(ann, 20 * 1234 + 1, 1L << 30);
    for (int i = 0; i < 20; i++) {
      files().insert(uploadedAt("f_" + i, 1_000 + i, null));
    }

    List<List<FileRecord>> removed = concurrently(4, i -> files().removeUnsent(5_000, 3));

    assertThat(removed.stream().flatMap(List::stream).map(FileRecord::fileId))
        .doesNotHaveDuplicates()
        .hasSize(12);
    assertThat(files().usedBytes(ann)).isEqualTo(8 * 1234 + 1);
  }

  @Test
  void bytesAreReservedUpToTheQuotaAndNeverPastIt() {
    assertThat(files().reserveBytes(ann, 600, 1_000)).isTrue();
    assertThat(files().reserveBytes(ann, 401, 1_000)).isFalse();
    assertThat(files().usedBytes(ann)).isEqualTo(600);
    assertThat(files().reserveBytes(ann, 400, 1_000)).isTrue();
    assertThat(files().usedBytes(ann)).isEqualTo(1_000);

    files().returnBytes(ann, 400);
    assertThat(files().usedBytes(ann)).isEqualTo(600);
    assertThat(files().usedBytes("u-bob")).isZero();
  }

  @Test
  void concurrentReservationsTogetherStayWithinTheQuota() throws Exception {
    List<Boolean> granted = concurrently(8, i -> files().reserveBytes(ann, 300, 1_000));

    assertThat(granted.stream().filter(yes -> yes)).hasSize(3);
    assertThat(files().usedBytes(ann)).isEqualTo(900);
  }

  @Test
  void claimsCountReferencesAndOnlyTheLastReleaseRemovesTheBlob() {
    assertThat(files().claimBlob(SHA)).isEqualTo(BlobClaim.CLAIMED);
    assertThat(files().claimBlob(SHA)).isEqualTo(BlobClaim.CLAIMED);
    assertThat(files().blobReferences(SHA)).isEqualTo(2);

    assertThat(files().releaseBlob(SHA, LONG)).isEmpty();
    assertThat(files().blobReferences(SHA)).isEqualTo(1);
    Optional<String> removal = files().releaseBlob(SHA, LONG);
    assertThat(removal).isPresent();
    assertThat(files().blobReferences(SHA)).isZero();
    assertThat(files().isRemoving(SHA, removal.get())).isTrue();
  }

  @Test
  void aReleaseWithNoReferenceCountedRemovesNothingAndCountsNoDebt() {
    assertThat(files().releaseBlob(SHA, LONG)).isEmpty();
    assertThat(files().blobReferences(SHA)).isZero();

    assertThat(files().claimBlob(SHA)).isEqualTo(BlobClaim.CLAIMED);
    assertThat(files().blobReferences(SHA)).isEqualTo(1);
  }

  @Test
  void aClaimDuringARemovalIsToldToWaitAndCountsOnceTheRemovalFinished() {
    files().claimBlob(SHA);
    String removal = files().releaseBlob(SHA, LONG).orElseThrow();

    assertThat(files().claimBlob(SHA)).isEqualTo(BlobClaim.BEING_REMOVED);
    assertThat(files().blobReferences(SHA)).isZero();

    files().finishRemoval(SHA, removal);
    assertThat(files().isRemoving(SHA, removal)).isFalse();
    assertThat(files().claimBlob(SHA)).isEqualTo(BlobClaim.CLAIMED);
    assertThat(files().blobReferences(SHA)).isEqualTo(1);
  }

  @Test
  void aRemovalThatOutlivedItsMarkNeitherBlocksClaimsNorClearsALaterMark() throws Exception {
    files().claimBlob(SHA);
    String stale = files().releaseBlob(SHA, Duration.ofMillis(50)).orElseThrow();
    Thread.sleep(150);

    assertThat(files().isRemoving(SHA, stale)).isFalse();
    assertThat(files().claimBlob(SHA)).isEqualTo(BlobClaim.CLAIMED);
    String later = files().releaseBlob(SHA, LONG).orElseThrow();
    files().finishRemoval(SHA, stale);

    assertThat(files().isRemoving(SHA, later)).isTrue();
    assertThat(files().claimBlob(SHA)).isEqualTo(BlobClaim.BEING_REMOVED);
  }

  @Test
  void racingUploadsAndRemovalsNeverCountFewerReferencesThanAreHeld() throws Exception {
    List<Integer> violations =
        concurrently(
            8,
            i -> {
              int seen = 0;
              for (int round = 0; round < 15; round++) {
                while (files().claimBlob(SHA) == BlobClaim.BEING_REMOVED) {
                  Thread.onSpinWait();
                }
                if (files().blobReferences(SHA) < 1) {
                  seen++;
                }
                files()
                    .releaseBlob(SHA, LONG)
                    .ifPresent(token -> files().finishRemoval(SHA, token));
              }
              return seen;
            });

    assertThat(violations).containsOnly(0);
    assertThat(files().blobReferences(SHA)).isZero();
    assertThat(files().claimBlob(SHA)).isEqualTo(BlobClaim.CLAIMED);
  }
}
