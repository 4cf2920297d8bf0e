package chat.server.store.embedded;

import chat.server.store.MemberRole;
import chat.server.store.ModerationStore;
import chat.server.store.PostCheck;
import chat.server.store.RoomBan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Roles in {@code room_members}, bans in {@code room_bans}, mutes in {@code room_mutes}, slow mode
 * in {@code rooms.slow_mode_seconds} and the last posts under it in {@code room_posts}. Each
 * compound step is one transaction, which the connection lock makes atomic.
 */
final class EmbeddedModerationStore implements ModerationStore {

  private static final String BAN_COLUMNS = "SELECT user_id, banned_by, banned_at, until";

  private final Database db;

  EmbeddedModerationStore(Database db) {
    this.db = db;
  }

  @Override
  public Map<String, MemberRole> roles(String roomId) {
    Map<String, MemberRole> roles = new TreeMap<>();
    db.query(
            "SELECT user_id, role FROM room_members WHERE room_id = ?",
            row -> Map.entry(row.getString("user_id"), MemberRole.valueOf(row.getString("role"))),
            roomId)
        .forEach(member -> roles.put(member.getKey(), member.getValue()));
    return roles;
  }

  @Override
  public boolean setRole(String roomId, String userId, MemberRole role) {
    return db.update(
            "UPDATE room_members SET role = ? WHERE room_id = ? AND user_id = ? AND role <> 'OWNER'",
            role.name(),
            roomId,
            userId)
        == 1;
  }

  @Override
  public boolean transferOwnership(String roomId, String fromUserId, String toUserId) {
    return db.inTransaction(
        () -> {
          if (role(roomId, fromUserId).orElse(null) != MemberRole.OWNER
              || role(roomId, toUserId).isEmpty()
              || fromUserId.equals(toUserId)) {
            return false;
          }
          String update = "UPDATE room_members SET role = ? WHERE room_id = ? AND user_id = ?";
          db.update(update, MemberRole.MODERATOR.name(), roomId, fromUserId);
          db.update(update, MemberRole.OWNER.name(), roomId, toUserId);
          return true;
        });
  }

  @Override
  public void ban(String roomId, RoomBan ban) {
    db.update(
        "INSERT INTO room_bans (room_id, user_id, banned_by, banned_at, until) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (room_id, user_id) DO UPDATE SET banned_by = excluded.banned_by,"
            + " banned_at = excluded.banned_at, until = excluded.until",
        roomId,
        ban.userId(),
        ban.bannedBy(),
        ban.bannedAt(),
        ban.until());
  }

  @Override
  public boolean unban(String roomId, String userId, long now) {
    return lift("room_bans", roomId, userId, () -> ban(roomId, userId, now).isPresent());
  }

  /**
   * Deletes the user's row of {@code table} (a ban or a mute, ended or not) in one transaction with
   * the check whether it was in force, which is returned.
   */
  private boolean lift(String table, String roomId, String userId, BooleanSupplier inForce) {
    return db.inTransaction(
        () -> {
          boolean wasInForce = inForce.getAsBoolean();
          db.update("DELETE FROM " + table + " WHERE room_id = ? AND user_id = ?", roomId, userId);
          return wasInForce;
        });
  }

  @Override
  public Optional<RoomBan> ban(String roomId, String userId, long now) {
    return db.queryFirst(
            BAN_COLUMNS + " FROM room_bans WHERE room_id = ? AND user_id = ?",
            EmbeddedModerationStore::ban,
            roomId,
            userId)
        .filter(ban -> ban.inForceAt(now));
  }

  @Override
  public List<RoomBan> bans(String roomId, long now) {
    return db.query(
        BAN_COLUMNS
            + " FROM room_bans WHERE room_id = ? AND (until IS NULL OR until > ?)"
            + " ORDER BY banned_at DESC, user_id",
        EmbeddedModerationStore::ban,
        roomId,
        now);
  }

  @Override
  public void mute(String roomId, String userId, long until) {
    db.update(
        "INSERT INTO room_mutes (room_id, user_id, until) VALUES (?, ?, ?)"
            + " ON CONFLICT (room_id, user_id) DO UPDATE SET until = excluded.until",
        roomId,
        userId,
        until);
  }

  @Override
  public boolean unmute(String roomId, String userId, long now) {
    return lift("room_mutes", roomId, userId, () -> mutedUntil(roomId, userId, now).isPresent());
  }

  @Override
  public Optional<Long> mutedUntil(String roomId, String userId, long now) {
    return db.queryFirst(
        "SELECT until FROM room_mutes WHERE room_id = ? AND user_id = ? AND until > ?",
        row -> row.getLong("until"),
        roomId,
        userId,
        now);
  }

  @Override
  public Map<String, Long> mutes(String roomId, long now) {
    Map<String, Long> mutes = new LinkedHashMap<>();
    db.query(
            "SELECT user_id, until FROM room_mutes WHERE room_id = ? AND until > ? ORDER BY user_id",
            row -> Map.entry(row.getString("user_id"), row.getLong("until")),
            roomId,
            now)
        .forEach(mute -> mutes.put(mute.getKey(), mute.getValue()));
    return mutes;
  }

  @Override
  public void setSlowMode(String roomId, int seconds) {
    db.update("UPDATE rooms SET slow_mode_seconds = ? WHERE room_id = ?", seconds, roomId);
  }

  @Override
  public int slowMode(String roomId) {
    return db.queryFirst(
            "SELECT slow_mode_seconds FROM rooms WHERE room_id = ?",
            row -> row.getInt("slow_mode_seconds"),
            roomId)
        .orElse(0);
  }

  @Override
  public PostCheck claimPost(String roomId, String userId, String clientMsgId, long now) {
    return db.inTransaction(
        () -> {
          Optional<Long> muted = mutedUntil(roomId, userId, now);
          if (muted.isPresent()) {
            return new PostCheck(muted.get(), 0);
          }
          long interval = slowMode(roomId) * 1000L;
          if (interval == 0 || role(roomId, userId).orElse(null) != MemberRole.MEMBER) {
            return PostCheck.ALLOWED;
          }
          Optional<Map.Entry<Long, String>> last =
              db.queryFirst(
                  "SELECT posted_at, client_msg_id FROM room_posts WHERE room_id = ? AND user_id = ?",
                  row -> Map.entry(row.getLong("posted_at"), row.getString("client_msg_id")),
                  roomId,
                  userId);
          if (last.isPresent() && last.get().getValue().equals(clientMsgId)) {
            return PostCheck.ALLOWED;
          }
          long wait = last.map(post -> post.getKey() + interval - now).orElse(0L);
          if (wait > 0) {
            return new PostCheck(0, wait);
          }
          db.update(
              "INSERT INTO room_posts (room_id, user_id, posted_at, client_msg_id) VALUES (?, ?, ?, ?)"
                  + " ON CONFLICT (room_id, user_id) DO UPDATE SET posted_at = excluded.posted_at,"
                  + " client_msg_id = excluded.client_msg_id",
              roomId,
              userId,
              now,
              clientMsgId);
          return PostCheck.ALLOWED;
        });
  }

  private Optional<MemberRole> role(String roomId, String userId) {
    return db.queryFirst(
        "SELECT role FROM room_members WHERE room_id = ? AND user_id = ?",
        row -> MemberRole.valueOf(row.getString("role")),
        roomId,
        userId);
  }

  private static RoomBan ban(ResultSet row) throws SQLException {
    long until = row.getLong("until");
    boolean forGood = row.wasNull();
    return new RoomBan(
        row.getString("user_id"),
        row.getString("banned_by"),
        row.getLong("banned_at"),
        forGood ? null : until);
  }
}
