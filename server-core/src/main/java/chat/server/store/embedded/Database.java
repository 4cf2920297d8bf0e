package chat.server.store.embedded;

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

/**
 * The one SQLite connection of a data directory, and the only place that touches JDBC.
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
 * <p>Every {@link SQLException} leaves this class as a {@link StoreException}.
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

  private static final int BUSY_TIMEOUT_MILLIS = 5_000;

  /**
   * SQLite's page cache, in KiB (negative, as the pragma wants it): 32 MiB rather than the default
   * 2 MiB, so that the inner pages of the message table and the search index stay in memory and a
   * search that checks a few hundred messages reads each from one page (the search benchmark).
   */
  private static final int PAGE_CACHE_KIB = -32 * 1024;

  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();

  private Database(Connection connection) {
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) the database file in WAL mode with {@code synchronous=FULL}: a
   * commit returns only once the WAL is synced, so a committed write survives a killed process and
   * a power loss.
   */
  static Database open(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setCacheSize(PAGE_CACHE_KIB);
    try {
      return new Database(config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
    } catch (SQLException e) {
      throw new StoreException("cannot open the database " + file, e);
    }
  }

  /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
  int update(String sql, Object... args) {
    return withConnection(
        sql,
        connection -> {
          try (PreparedStatement statement = prepare(connection, sql, args)) {
            return statement.executeUpdate();
          }
        });
  }

  <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return withConnection(
        sql,
        connection -> {
          try (PreparedStatement statement = prepare(connection, sql, args);
              ResultSet rows = statement.executeQuery()) {
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
          try {
            T result = work.get();
            connection.commit();
            return result;
          } catch (RuntimeException | Error e) {
            try {
              connection.rollback();
            } catch (SQLException rollbackFailure) {
              e.addSuppressed(rollbackFailure);
            }
            throw e;
          } finally {
            connection.setAutoCommit(true);
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
          connection.close();
          return null;
        });
  }

  private <T> T withConnection(String what, JdbcWork<T> work) {
    lock.lock();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("SQLite failed: " + what, e);
    } finally {
      lock.unlock();
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... args)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
