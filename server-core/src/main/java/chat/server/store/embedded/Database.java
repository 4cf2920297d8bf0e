package chat.server.store.embedded;

import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one SQLite connection of a data directory, and the only place that touches JDBC (with its
 * {@link StatementCache}).
 *
 * <p><b>Why one connection behind a lock.</b> SQLite lets one writer in at a time whatever we do,
 * and with {@code synchronous=FULL} a write costs an fsync, so a writer connection beside a reader
 * pool would mostly buy read concurrency while adding cross-connection visibility and {@code
 * SQLITE_BUSY} cases to reason about. One connection is simply correct: every call, and every
 * {@link #inTransaction transaction}, holds the lock for its whole length, so callers see each
 * other's writes in a single order and check-then-act sequences cannot interleave. The lock is a
 * {@link ReentrantLock}: a virtual thread waiting for it unmounts from its carrier on every JDK (a
 * monitor did not before JDK 24), and it is reentrant so that a transaction can call the same
 * helpers as everyone else. A thread inside a JNI call into SQLite keeps its carrier whatever the
 * lock; with one connection, at most one carrier is held that way. If reads ever queue behind
 * writes measurably, a pool of read-only connections can be added behind these same methods.
 *
 * <p>Every {@link SQLException} leaves this class as a {@link StoreException}; one that says SQLite
 * could not write as a {@link StorageUnavailableException}.
 */
final class Database implements AutoCloseable {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  @FunctionalInterface
  private interface JdbcWork<T> {
    T run(Connection connection) throws SQLException;
  }

  @FunctionalInterface
  private interface StatementWork<T> {
    T run(PreparedStatement statement) throws SQLException;
  }

  private static final int BUSY_TIMEOUT_MILLIS = 5_000;

  /**
   * SQLite's page cache, in KiB (negative, as the pragma wants it): 32 MiB rather than the default
   * 2 MiB, so that the inner pages of the message table and the search index stay in memory and a
   * search that checks a few hundred messages reads each from one page (the search benchmark).
   */
  private static final int PAGE_CACHE_KIB = -32 * 1024;

  private final Connection connection;
  private final StatementCache statements;
  private final ReentrantLock lock = new ReentrantLock();

  private Database(Connection connection) {
    this.connection = connection;
    this.statements = new StatementCache(connection);
  }

  /**
   * Opens (creating if needed) the database file in WAL mode with {@code synchronous=FULL}: a
   * commit returns only once the WAL is synced, so a committed write survives a killed process and
   * a power loss. {@code secure_delete} is on: what a write frees (a deleted message's text) is
   * overwritten with zeros, not left in free space for a reader of the file to find.
   */
  static Database open(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setCacheSize(PAGE_CACHE_KIB);
    config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    // Nothing reads generated keys; the driver would otherwise run a query after every INSERT.
    config.setGetGeneratedKeys(false);
    try {
      return new Database(config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
    } catch (SQLException e) {
      throw failure("cannot open the database " + file, e);
    }
  }

  /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
  int update(String sql, Object... args) {
    return withStatement(sql, args, PreparedStatement::executeUpdate);
  }

  <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return withStatement(
        sql,
        args,
        statement -> {
          try (ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
              result.add(mapper.map(rows));
            }
            return result;
          }
        });
  }

  /** The first row of the query, if any. */
  <T> Optional<T> queryFirst(String sql, RowMapper<T> mapper, Object... args) {
    return query(sql, mapper, args).stream().findFirst();
  }

  /**
   * Defines an SQL function of one text argument on this connection, for statements that must run
   * the server's own code, such as a migration filling an index. It must be pure: SQLite may call
   * it any number of times.
   */
  void defineFunction(String name, UnaryOperator<String> function) {
    withConnection(
        name,
        connection -> {
          Function.create(
              connection,
              name,
              new Function() {
                @Override
                protected void xFunc() throws SQLException {
                  String argument = value_text(0);
                  result(argument == null ? null : function.apply(argument));
                }
              },
              1,
              Function.FLAG_DETERMINISTIC);
          return null;
        });
  }

  /** Runs a script of several statements, such as a migration. */
  void execute(String script) {
    withConnection(
        script,
        connection -> {
          try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(script);
          }
        });
  }

  /**
   * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. A call
   * from inside a transaction joins it.
   */
  <T> T inTransaction(Supplier<T> work) {
    return withConnection(
        "transaction",
        connection -> {
          if (!connection.getAutoCommit()) {
            return work.get();
          }
          connection.setAutoCommit(false);
          T result;
          try {
            result = work.get();
            connection.commit();
          } catch (RuntimeException | Error | SQLException e) {
            // After a full disk or an I/O error SQLite has already rolled the transaction back, so
            // rolling back and ending it fail as well ("no transaction is active"): those failures
            // ride along, suppressed, and the cause is what the caller sees.
            try {
              connection.rollback();
            } catch (SQLException rollbackFailure) {
              e.addSuppressed(rollbackFailure);
            }
            try {
              connection.setAutoCommit(true);
            } catch (SQLException endFailure) {
              e.addSuppressed(endFailure);
            }
            throw e;
          }
          connection.setAutoCommit(true);
          return result;
        });
  }

  /**
   * Copies every committed page from the WAL into the database file and truncates the WAL to
   * nothing, so that no earlier image of a page (one still holding text that was since deleted)
   * survives in it.
   */
  void checkpointAndTruncateWal() {
    withConnection(
        "checkpoint",
        connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            return null;
          }
        });
  }

  /** Whether this thread holds the connection, as inside {@link #inTransaction}. */
  boolean isHeldByCurrentThread() {
    return lock.isHeldByCurrentThread();
  }

  /** Closes the connection once the call in flight, if any, has finished. */
  @Override
  public void close() {
    withConnection(
        "close",
        connection -> {
          try (connection) {
            statements.close();
          }
          return null;
        });
  }

  private <T> T withConnection(String what, JdbcWork<T> work) {
    lock.lock();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure("SQLite failed: " + what, e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * A {@link StorageUnavailableException} when SQLite could not write (the disk is full, the file
   * or the file system is read-only, an I/O error), any other failure as a {@link StoreException}.
   */
  private static StoreException failure(String message, SQLException e) {
    return e instanceof SQLiteException sqlite && cannotWrite(sqlite.getResultCode())
        ? new StorageUnavailableException(message + ": the storage cannot take writes", e)
        : new StoreException(message, e);
  }

  /** Full, read-only and I/O errors, in their primary code: the low byte of an extended one. */
  private static boolean cannotWrite(SQLiteErrorCode code) {
    int primary = code.code & 0xff;
    return primary == SQLiteErrorCode.SQLITE_FULL.code
        || primary == SQLiteErrorCode.SQLITE_READONLY.code
        || primary == SQLiteErrorCode.SQLITE_IOERR.code;
  }

  /**
   * Runs {@code work} on the cached statement of {@code sql} with {@code args} bound; the statement
   * goes back to the cache once it has run, or is closed if it failed.
   */
  private <T> T withStatement(String sql, Object[] args, StatementWork<T> work) {
    return withConnection(
        sql,
        connection -> {
          PreparedStatement statement = statements.take(sql);
          T result;
          try {
            for (int i = 0; i < args.length; i++) {
              statement.setObject(i + 1, args[i]);
            }
            result = work.run(statement);
          } catch (SQLException | RuntimeException | Error e) {
            try {
              statement.close();
            } catch (SQLException closeFailure) {
              e.addSuppressed(closeFailure);
            }
            throw e;
          }
          statements.giveBack(sql, statement);
          return result;
        });
  }
}
