package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.http.BackupItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link KeyBackupStore} must do. */
public abstract class KeyBackupContract extends StorageContract {

  private KeyBackupStore backups() {
    return storage.ports().backups();
  }

  private static BackupItem item(String id) {
    return new BackupItem(id, "c2VhbGVk");
  }

  @Test
  void itemsAreKeptByIdAndReadInTheirOrder() {
    backups().create("u1", "b1", "chat.backup.v1", "{\"check\":\"x\"}");

    assertThat(backups().putItems("u1", "b1", List.of(item("s-b"), item("s-a")), 10))
        .isEqualTo(KeyBackupStore.ItemsOutcome.STORED);
    assertThat(
            backups()
                .putItems("u1", "b1", List.of(new BackupItem("s-a", "bmV3ZXI"), item("s-c")), 10))
        .isEqualTo(KeyBackupStore.ItemsOutcome.STORED);

    assertThat(backups().find("u1"))
        .contains(new KeyBackup("b1", "chat.backup.v1", "{\"check\":\"x\"}", 3));
    assertThat(backups().items("u1", "", 2))
        .containsExactly(new BackupItem("s-a", "bmV3ZXI"), item("s-b"));
    assertThat(backups().items("u1", "s-b", 10)).containsExactly(item("s-c"));
  }

  @Test
  void aNewVersionDropsTheOldOnesItemsAndMakesItStale() {
    backups().create("u1", "b1", "chat.backup.v1", "{}");
    backups().putItems("u1", "b1", List.of(item("s-a")), 10);

    backups().create("u1", "b2", "chat.backup.v1", "{\"n\":2}");

    assertThat(backups().find("u1"))
        .contains(new KeyBackup("b2", "chat.backup.v1", "{\"n\":2}", 0));
    assertThat(backups().putItems("u1", "b1", List.of(item("s-b")), 10))
        .isEqualTo(KeyBackupStore.ItemsOutcome.STALE);
    assertThat(backups().items("u1", "", 10)).isEmpty();
    assertThat(backups().putItems("u2", "b2", List.of(item("s-b")), 10))
        .isEqualTo(KeyBackupStore.ItemsOutcome.STALE);
  }

  @Test
  void aBackupHoldsNoMoreThanItsLimitAndAReplacedItemCountsOnce() {
    backups().create("u1", "b1", "chat.backup.v1", "{}");
    backups().putItems("u1", "b1", List.of(item("s-a"), item("s-b")), 3);

    assertThat(backups().putItems("u1", "b1", List.of(item("s-c"), item("s-d")), 3))
        .isEqualTo(KeyBackupStore.ItemsOutcome.FULL);
    assertThat(backups().putItems("u1", "b1", List.of(item("s-a"), item("s-c"), item("s-c")), 3))
        .isEqualTo(KeyBackupStore.ItemsOutcome.STORED);
    assertThat(backups().find("u1").orElseThrow().count()).isEqualTo(3);
  }

  @Test
  void aDeletedBackupIsGoneWithItsItems() {
    backups().create("u1", "b1", "chat.backup.v1", "{}");
    backups().putItems("u1", "b1", List.of(item("s-a")), 10);

    assertThat(backups().delete("u1")).isTrue();
    assertThat(backups().delete("u1")).isFalse();
    assertThat(backups().find("u1")).isEmpty();
    assertThat(backups().items("u1", "", 10)).isEmpty();
  }
}
