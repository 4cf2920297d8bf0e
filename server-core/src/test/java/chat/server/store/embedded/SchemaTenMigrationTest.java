package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.ServerRole;
import chat.server.store.UserAccount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written before roles (schema 9) gets its owner when schema 10 upgrades it. */
class SchemaTenMigrationTest {

  @TempDir Path dataDir;

  private static String migration(int version) throws IOException {
    try (InputStream in = Migrations.class.getResourceAsStream("V" + version + ".sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Writes a schema-9 database holding two users, bob registered before alice. */
  private void writeSchemaNine() throws IOException {
    Database db = Database.open(dataDir.resolve(EmbeddedStorage.DATABASE_FILE));
    try {
      EmbeddedSearchIndex.defineFunctions(db);
      for (int version = 1; version <= 9; version++) {
        db.execute(migration(version));
      }
      db.execute("PRAGMA user_version = 9");
      db.execute(
          "INSERT INTO users (user_id, username, username_key, password_hash, created_at)"
              + " VALUES ('u_alice', 'alice', 'alice', 'h', 2000),"
              + " ('u_bob', 'bob', 'bob', 'h', 1000)");
    } finally {
      db.close();
    }
  }

  @Test
  void theOldestAccountBecomesTheOwnerAndTheOthersMembers() throws IOException {
    writeSchemaNine();

    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir)) {
      assertThat(Migrations.version(storage.database())).isGreaterThanOrEqualTo(10);
      assertThat(storage.users().findById("u_bob"))
          .map(UserAccount::role)
          .contains(ServerRole.OWNER);
      assertThat(storage.users().findById("u_alice"))
          .map(UserAccount::role)
          .contains(ServerRole.MEMBER);
      assertThat(storage.users().findById("u_alice")).map(UserAccount::deactivated).contains(false);
      assertThat(storage.ports().registration().mode()).isEmpty();
    }
  }
}
