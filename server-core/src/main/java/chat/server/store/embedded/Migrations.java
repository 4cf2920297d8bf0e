package chat.server.store.embedded;

import chat.server.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Brings the schema up to date. The schema version is SQLite's {@code PRAGMA user_version};
 * migration {@code N} is the resource {@code V<N>.sql} beside this class and runs, together with
 * setting the version to N, in one transaction, so a crash leaves the schema at N-1 or N, never in
 * between. To change the schema, add the next file; never edit one that has shipped.
 */
final class Migrations {

  private Migrations() {}

  /** Applies every migration newer than the database's version, in order. */
  static void apply(Database db) {
    int version = version(db);
    if (version > 0 && script(version) == null) {
      throw new StoreException(
          "the database has schema version " + version + ", newer than this server knows", null);
    }
    for (int next = version + 1; ; next++) {
      String script = script(next);
      if (script == null) {
        return;
      }
      int target = next;
      db.inTransaction(
          () -> {
            db.execute(script);
            db.execute("PRAGMA user_version = " + target);
            return null;
          });
    }
  }

  /** The schema version of the database; 0 for a new file. */
  static int version(Database db) {
    return db.queryFirst("PRAGMA user_version", row -> row.getInt(1)).orElse(0);
  }

  private static String script(int version) {
    try (InputStream in = Migrations.class.getResourceAsStream("V" + version + ".sql")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read the migration V" + version + ".sql", e);
    }
  }
}
