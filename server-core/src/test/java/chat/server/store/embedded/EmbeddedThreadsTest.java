package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.model.RoomVisibility;
import chat.server.store.NewMessage;
import chat.server.store.Storage;
import chat.server.store.ThreadsContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedThreadsTest extends ThreadsContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }

  @Test
  void eachReplyGivesItsRootTheRoomsNextChangePosition() throws SQLException {
    String carol = user("carol");
    room("r9", "Nine", RoomVisibility.PRIVATE, 1_000, carol);
    Message root =
        storage
            .messages()
            .append(new NewMessage("r9", carol, "carol", "root", "c0", 5_000))
            .message();

    storage
        .messages()
        .append(
            new NewMessage("r9", carol, "carol", "one", "c1", 6_000)
                .inThread(root.messageId(), false));
    assertThat(changeSeqOf(root.messageId())).isEqualTo(1);
    storage
        .messages()
        .append(
            new NewMessage("r9", carol, "carol", "two", "c2", 7_000)
                .inThread(root.messageId(), true));

    assertThat(changeSeqOf(root.messageId())).isEqualTo(2);
  }

  private long changeSeqOf(String messageId) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve(EmbeddedStorage.DATABASE_FILE));
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT messages.change_seq, room_changes.seq FROM messages JOIN room_changes"
                    + " USING (room_id) WHERE message_id = ?")) {
      query.setString(1, messageId);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getLong(1)).isEqualTo(row.getLong(2));
        return row.getLong(1);
      }
    }
  }
}
