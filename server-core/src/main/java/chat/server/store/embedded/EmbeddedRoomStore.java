package chat.server.store.embedded;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.server.store.MemberRole;
import chat.server.store.RoomStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rooms in {@code rooms}, members with their role in {@code room_members}. */
final class EmbeddedRoomStore implements RoomStore {

  /** Every room read carries its member count, counted rather than kept, so it cannot drift. */
  private static final String SELECT =
      "SELECT r.room_id, r.name, r.visibility, r.created_by, r.created_at, r.closed, r.encrypted,"
          + " (SELECT count(*) FROM room_members m WHERE m.room_id = r.room_id) AS member_count"
          + " FROM rooms r ";

  private final Database db;

  EmbeddedRoomStore(Database db) {
    this.db = db;
  }

  @Override
  public Room create(Room room, Collection<String> memberIds) {
    return db.inTransaction(
        () -> {
          insertRoom(room, null);
          addMember(room.roomId(), room.createdBy(), MemberRole.OWNER);
          memberIds.forEach(userId -> addMember(room.roomId(), userId, MemberRole.MEMBER));
          return find(room.roomId()).orElseThrow();
        });
  }

  /**
   * Inserts the candidate unless a room already holds the pair key, then uses whichever room does.
   * The UNIQUE {@code pair_key} keeps this right even beyond the connection lock. Every member of a
   * direct room is a plain member.
   */
  @Override
  public Room openDirect(String pairKey, Room candidate, Collection<String> memberIds) {
    return db.inTransaction(
        () -> {
          insertRoom(candidate, pairKey);
          String roomId =
              db.queryFirst(
                      "SELECT room_id FROM rooms WHERE pair_key = ?",
                      row -> row.getString("room_id"),
                      pairKey)
                  .orElseThrow();
          memberIds.forEach(userId -> addMember(roomId, userId, MemberRole.MEMBER));
          return find(roomId).orElseThrow();
        });
  }

  @Override
  public Optional<Room> findDirect(String pairKey) {
    return db.queryFirst(SELECT + "WHERE r.pair_key = ?", EmbeddedRoomStore::room, pairKey);
  }

  @Override
  public Optional<Room> find(String roomId) {
    return db.queryFirst(SELECT + "WHERE r.room_id = ?", EmbeddedRoomStore::room, roomId);
  }

  @Override
  public Optional<MemberRole> role(String roomId, String userId) {
    return db.queryFirst(
        "SELECT role FROM room_members WHERE room_id = ? AND user_id = ?",
        row -> MemberRole.valueOf(row.getString("role")),
        roomId,
        userId);
  }

  @Override
  public boolean addMember(String roomId, String userId, MemberRole role) {
    return db.update(
            "INSERT INTO room_members (room_id, user_id, role) VALUES (?, ?, ?)"
                + " ON CONFLICT (room_id, user_id) DO NOTHING",
            roomId,
            userId,
            role.name())
        == 1;
  }

  @Override
  public boolean removeMember(String roomId, String userId) {
    return db.update("DELETE FROM room_members WHERE room_id = ? AND user_id = ?", roomId, userId)
        == 1;
  }

  @Override
  public Set<String> memberIds(String roomId) {
    return new HashSet<>(
        db.query(
            "SELECT user_id FROM room_members WHERE room_id = ?",
            row -> row.getString("user_id"),
            roomId));
  }

  @Override
  public List<Room> roomsOf(String userId) {
    return db.query(
        SELECT
            + "JOIN room_members me ON me.room_id = r.room_id WHERE me.user_id = ?"
            + " ORDER BY r.created_at, r.rowid",
        EmbeddedRoomStore::room,
        userId);
  }

  /** {@code instr} on the folded name: a plain substring test, with no wildcards to escape. */
  @Override
  public List<Room> publicRooms(String nameContains, int limit) {
    return db.query(
        SELECT
            + "WHERE r.visibility = 'PUBLIC' AND instr(r.name_key, ?) > 0"
            + " ORDER BY r.name_key, r.room_id LIMIT ?",
        EmbeddedRoomStore::room,
        CaseKey.of(nameContains),
        limit);
  }

  /** Inserts the room unless one already holds {@code pairKey} (never, when it is null). */
  private void insertRoom(Room room, String pairKey) {
    db.update(
        "INSERT INTO rooms (room_id, name, name_key, visibility, created_by, created_at, pair_key,"
            + " encrypted) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pair_key) DO NOTHING",
        room.roomId(),
        room.name(),
        CaseKey.of(room.name()),
        room.visibility().name(),
        room.createdBy(),
        room.createdAt(),
        pairKey,
        room.endToEndEncrypted() ? 1 : 0);
  }

  private static Room room(ResultSet row) throws SQLException {
    return new Room(
            row.getString("room_id"),
            row.getString("name"),
            RoomVisibility.valueOf(row.getString("visibility")),
            row.getString("created_by"),
            row.getLong("created_at"),
            row.getInt("member_count"))
        .withClosed(row.getInt("closed") == 1)
        .withEncrypted(row.getInt("encrypted") == 1);
  }

  @Override
  public boolean close(String roomId) {
    return db.update("UPDATE rooms SET closed = 1 WHERE room_id = ?", roomId) == 1;
  }
}
