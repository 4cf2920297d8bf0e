package chat.server.store.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection's prepared statements, kept for reuse by their SQL text: SQLite compiles a
 * statement each time it is prepared, which cost as much as running it for the short statements of
 * a send or an edit (more for the message columns' subqueries). A statement in use is out of the
 * cache, so a call made while another runs the same SQL (a row mapper's own query) prepares its
 * own; the {@value #CAPACITY} most recently used stay, the rest are closed. Only {@link Database}
 * uses it, under its lock.
 */
final class StatementCache implements AutoCloseable {

  /** Well above the number of distinct statements the server runs, bar the searches' room lists. */
  static final int CAPACITY = 256;

  private final Connection connection;

  /** Idle statements by their SQL, the least recently used first. */
  private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(64, 0.75f, true);

  StatementCache(Connection connection) {
    this.connection = connection;
  }

  /** The idle statement of {@code sql}, taken out of the cache, or a newly prepared one. */
  PreparedStatement take(String sql) throws SQLException {
    PreparedStatement statement = idle.remove(sql);
    return statement != null ? statement : connection.prepareStatement(sql);
  }

  /**
   * Keeps {@code statement}, which ran {@code sql} to its end, for the next use of {@code sql}; a
   * statement that failed is closed instead, by the caller.
   */
  void giveBack(String sql, PreparedStatement statement) throws SQLException {
    PreparedStatement other = idle.put(sql, statement);
    if (other != null) {
      other.close();
    }
    if (idle.size() > CAPACITY) {
      Iterator<PreparedStatement> eldest = idle.values().iterator();
      PreparedStatement evicted = eldest.next();
      eldest.remove();
      evicted.close();
    }
  }

  /** Closes every idle statement. */
  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : idle.values()) {
      statement.close();
    }
    idle.clear();
  }
}
