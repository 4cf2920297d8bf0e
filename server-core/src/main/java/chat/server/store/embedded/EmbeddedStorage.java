package chat.server.store.embedded;

import chat.server.store.SecretStore;
import chat.server.store.Storage;
import chat.server.store.StoreException;
import chat.server.store.StorePorts;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The single-node adapter: everything lives in one data directory, the SQLite database {@value
 * #DATABASE_FILE} and the secrets file {@value #SECRETS_FILE}, and events stay in this process. How
 * the database is shared between threads is explained on {@link Database}.
 */
public final class EmbeddedStorage implements Storage {

  static final String DATABASE_FILE = "chat.db";
  static final String SECRETS_FILE = "secrets.properties";

  private final Database db;
  private final GroupCommit appends;
  private final EmbeddedSearchIndex search;
  private final StorePorts ports;
  private final WriteProbe writeProbe;

  private EmbeddedStorage(Database db, SecretStore secrets, WriteProbe writeProbe) {
    this.db = db;
    this.writeProbe = writeProbe;
    this.appends = new GroupCommit(db);
    this.search = new EmbeddedSearchIndex(db);
    MessageWrites writes = new MessageWrites(db, appends, search, new RoomChangeLog(db));
    this.ports =
        new StorePorts(
            new EmbeddedUserStore(db),
            new EmbeddedSessionStore(db),
            new EmbeddedRoomStore(db),
            new EmbeddedMessageStore(writes),
            new EmbeddedMessageChangeStore(writes),
            new InProcessEventBus(),
            new InMemoryPresenceStore(),
            secrets,
            new EmbeddedReadCursorStore(db),
            search,
            new EmbeddedFileStore(db, Clock.systemUTC()),
            new EmbeddedRegistrationStore(db),
            new EmbeddedModerationStore(db),
            new EmbeddedAuditStore(db),
            new EmbeddedTwoFactorStore(db),
            new EmbeddedKeyStore(db),
            new EmbeddedDeviceInboxStore(db),
            new EmbeddedKeyBackupStore(db));
  }

  /**
   * Opens the storage in {@code dataDir}, creating the directory and the database as needed and
   * bringing the schema up to date. Every file in the directory is its owner's alone ({@link
   * OwnerOnlyFiles}).
   *
   * @throws StoreException if the directory or the database cannot be opened, or the database was
   *     written by a newer server
   */
  public static EmbeddedStorage open(Path dataDir) {
    OwnerOnlyFiles.prepare(dataDir, dataDir.resolve(DATABASE_FILE));
    SecretStore secrets = FileSecretStore.open(dataDir.resolve(SECRETS_FILE));
    Database db = Database.open(dataDir.resolve(DATABASE_FILE));
    try {
      EmbeddedSearchIndex.defineFunctions(db);
      Migrations.apply(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    EmbeddedStorage storage = new EmbeddedStorage(db, secrets, new WriteProbe(dataDir));
    storage.search.purgeLeftovers();
    return storage;
  }

  @Override
  public StorePorts ports() {
    return ports;
  }

  @Override
  public String mode() {
    return "embedded";
  }

  /**
   * The database answers, and the data directory takes a synced write (not full, not read-only).
   */
  @Override
  public boolean isReachable() {
    try {
      return db.queryFirst("SELECT 1", row -> row.getInt(1)).isPresent() && writeProbe.canWrite();
    } catch (StoreException e) {
      return false;
    }
  }

  /** Waits for the database call in flight, then closes the connection. */
  @Override
  public void close() {
    appends.close();
    search.close();
    db.close();
  }

  /** The database itself, for tests of how it is set up. */
  Database database() {
    return db;
  }
}
