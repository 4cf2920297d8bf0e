package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.store.MemberRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before room moderation (schema 10) keeps its rooms, members and roles when
 * schema 11 rebuilds {@code room_members}, and its members may then be made moderators.
 */
class SchemaElevenMigrationTest {

  @TempDir Path dataDir;

  private static String migration(int version) throws IOException {
    try (InputStream in = Migrations.class.getResourceAsStream("V" + version + ".sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void writeSchemaTen() throws IOException {
    Database db = Database.open(dataDir.resolve(EmbeddedStorage.DATABASE_FILE));
    try {
      EmbeddedSearchIndex.defineFunctions(db);
      for (int version = 1; version <= 10; version++) {
        db.execute(migration(version));
      }
      db.execute("PRAGMA user_version = 10");
      db.execute(
          "INSERT INTO users (user_id, username, username_key, password_hash, created_at)"
              + " VALUES ('u_ann', 'ann', 'ann', 'h', 1), ('u_bo', 'bo', 'bo', 'h', 2);"
              + " INSERT INTO rooms (room_id, name, name_key, visibility, created_by, created_at)"
              + " VALUES ('r1', 'One', 'one', 'PUBLIC', 'u_ann', 1);"
              + " INSERT INTO room_members (room_id, user_id, role)"
              + " VALUES ('r1', 'u_ann', 'OWNER'), ('r1', 'u_bo', 'MEMBER');");
    } finally {
      db.close();
    }
  }

  @Test
  void membersAndRolesSurviveAndAMemberCanThenBeMadeModerator() throws IOException {
    writeSchemaTen();

    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir)) {
      assertThat(Migrations.version(storage.database())).isGreaterThanOrEqualTo(11);
      assertThat(storage.rooms().roomsOf("u_bo")).hasSize(1);
      assertThat(storage.rooms().role("r1", "u_ann")).contains(MemberRole.OWNER);
      assertThat(storage.rooms().role("r1", "u_bo")).contains(MemberRole.MEMBER);
      assertThat(storage.ports().moderation().slowMode("r1")).isZero();

      assertThat(storage.ports().moderation().setRole("r1", "u_bo", MemberRole.MODERATOR)).isTrue();
      assertThat(storage.rooms().role("r1", "u_bo")).contains(MemberRole.MODERATOR);
    }
  }
}
