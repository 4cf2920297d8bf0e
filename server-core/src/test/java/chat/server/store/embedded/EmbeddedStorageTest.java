package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.server.store.NewMessage;
import chat.server.store.Session;
import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import chat.server.store.UserAccount;
import chat.server.support.SmallDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded adapter promises: its files, its durability settings, its schema. */
class EmbeddedStorageTest {

  @TempDir Path dataDir;

  private static String pragma(EmbeddedStorage storage, String name) {
    return storage.database().queryFirst("PRAGMA " + name, row -> row.getString(1)).orElseThrow();
  }

  @Test
  void writesAreSyncedToAWriteAheadLogWithForeignKeysEnforcedAndAPageCacheOf32MiB() {
    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir)) {
      assertThat(pragma(storage, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(storage, "synchronous")).isEqualTo("2"); // FULL
      assertThat(pragma(storage, "foreign_keys")).isEqualTo("1");
      assertThat(Integer.parseInt(pragma(storage, "busy_timeout"))).isPositive();
      assertThat(pragma(storage, "cache_size")).isEqualTo("-32768");
    }
  }

  @Test
  void opensInAMissingDirectoryAndSaysItIsEmbedded() {
    Path nested = dataDir.resolve("not/yet/there");

    try (EmbeddedStorage storage = EmbeddedStorage.open(nested)) {
      assertThat(storage.mode()).isEqualTo("embedded");
      assertThat(nested.resolve(EmbeddedStorage.DATABASE_FILE)).isRegularFile();
    }
  }

  @Test
  void isReachableUntilClosedAndThenFailsWithStoreException() {
    EmbeddedStorage storage = EmbeddedStorage.open(dataDir);
    assertThat(storage.isReachable()).isTrue();

    storage.close();

    assertThat(storage.isReachable()).isFalse();
    assertThatThrownBy(() -> storage.users().findById("u1")).isInstanceOf(StoreException.class);
  }

  @Test
  void sqlFailuresSurfaceAsStoreExceptions() {
    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir)) {
      Session orphan = new Session("s1", "no-such-user", 1, 1, "test", "t1", 2, 0);

      assertThatThrownBy(() -> storage.sessions().insert(orphan))
          .isInstanceOf(StoreException.class)
          .hasCauseInstanceOf(SQLException.class);
    }
  }

  @Test
  void aFailedTransactionLeavesNothingBehind() {
    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir)) {
      storage.users().insert(new UserAccount("u1", "alice", "hash", 1, 0));
      Room room = new Room("r1", "Team", RoomVisibility.PUBLIC, "u1", 1, 0);

      assertThatThrownBy(() -> storage.rooms().create(room, List.of("no-such-user")))
          .isInstanceOf(StoreException.class);

      assertThat(storage.rooms().find("r1")).isEmpty();
      assertThat(storage.rooms().roomsOf("u1")).isEmpty();
    }
  }

  @Test
  void reopeningKeepsTheSchemaAndAppliesNoMigrationTwice() {
    int version;
    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir)) {
      version = Migrations.version(storage.database());
      storage.users().insert(new UserAccount("u1", "alice", "hash", 1, 0));
    }

    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir)) {
      assertThat(version).isPositive();
      assertThat(Migrations.version(storage.database())).isEqualTo(version);
      assertThat(storage.users().findById("u1")).isPresent();
    }
  }

  @Test
  void aDatabaseFromANewerServerIsRefused() {
    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir)) {
      storage.database().execute("PRAGMA user_version = 99");
    }

    assertThatThrownBy(() -> EmbeddedStorage.open(dataDir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer");
  }

  @Test
  void theDataDirectoryAndEveryDatabaseFileAreTheOwnersAlone() throws IOException {
    Path created = dataDir.resolve("fresh");

    try (EmbeddedStorage storage = EmbeddedStorage.open(created)) {
      assertThat(mode(created)).isEqualTo("rwx------");
      storage.users().insert(new UserAccount("u1", "alice", "hash", 1, 0));

      // The insert went through the write-ahead log, so all three files exist now.
      for (String suffix : List.of("", "-wal", "-shm")) {
        Path file = created.resolve(EmbeddedStorage.DATABASE_FILE + suffix);
        assertThat(file).isRegularFile();
        assertThat(mode(file)).as(file.getFileName().toString()).isEqualTo("rw-------");
      }
    }
  }

  @Test
  void filesAnOlderServerLeftReadableAreTightenedAtStart() throws IOException {
    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir)) {
      storage.users().insert(new UserAccount("u1", "alice", "hash", 1, 0));
    }
    Path database = dataDir.resolve(EmbeddedStorage.DATABASE_FILE);
    Path leftover = Files.writeString(dataDir.resolve("notes.txt"), "old");
    Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(leftover, PosixFilePermissions.fromString("rw-r--r--"));

    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir)) {
      storage.users().insert(new UserAccount("u2", "bob", "hash", 1, 0));

      assertThat(mode(database)).isEqualTo("rw-------");
      assertThat(mode(dataDir.resolve(EmbeddedStorage.DATABASE_FILE + "-wal")))
          .isEqualTo("rw-------");
      assertThat(mode(leftover)).isEqualTo("rw-------");
    }
  }

  @Test
  void aFullDiskFailsWritesAsStorageUnavailableKeepsReadsAndRecoversOnceFreed() throws Exception {
    try (SmallDisk disk = SmallDisk.mount("2m");
        EmbeddedStorage storage = EmbeddedStorage.open(disk.path().resolve("data"))) {
      storage.users().insert(new UserAccount("u1", "alice", "hash", 1, 0));
      storage.rooms().create(new Room("r1", "Team", RoomVisibility.PUBLIC, "u1", 1, 0), List.of());
      assertThat(storage.isReachable()).isTrue();

      disk.fill();

      assertThatThrownBy(() -> storage.messages().append(message("c1")))
          .isInstanceOf(StorageUnavailableException.class)
          .hasMessageNotContaining("no transaction is active");
      assertThatThrownBy(() -> storage.users().insert(new UserAccount("u2", "bob", "hash", 1, 0)))
          .isInstanceOf(StorageUnavailableException.class);
      assertThat(storage.isReachable()).isFalse();
      assertThat(storage.users().findById("u1")).isPresent();

      disk.free();

      assertThat(storage.isReachable()).isTrue();
      assertThat(storage.messages().append(message("c1")).created()).isTrue();
      assertThat(storage.messages().newest("r1", 10).messages()).hasSize(1);
    }
  }

  private static NewMessage message(String clientMsgId) {
    return new NewMessage("r1", "u1", "alice", "x".repeat(4000), clientMsgId, 5_000);
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
