-- Schema version 11: room roles and moderation. Members may now be moderators: SQLite cannot
-- change a CHECK constraint, so room_members is rebuilt with the wider one, rows and index kept.
CREATE TABLE room_members_v11 (
  room_id TEXT NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
  role    TEXT NOT NULL CHECK (role IN ('OWNER', 'MODERATOR', 'MEMBER')),
  PRIMARY KEY (room_id, user_id)
) STRICT, WITHOUT ROWID;
INSERT INTO room_members_v11 (room_id, user_id, role)
  SELECT room_id, user_id, role FROM room_members;
DROP TABLE room_members;
ALTER TABLE room_members_v11 RENAME TO room_members;
CREATE INDEX room_members_by_user ON room_members (user_id);

-- One message per slow_mode_seconds per plain member; 0 is off.
ALTER TABLE rooms ADD COLUMN slow_mode_seconds INTEGER NOT NULL DEFAULT 0
  CHECK (slow_mode_seconds >= 0);

-- Bans and mutes end by time: until (epoch ms) is compared with the clock on every read, so no
-- sweeper runs. A ban with a NULL until is for good. Neither refers to users: they outlive
-- membership, which is the point.
CREATE TABLE room_bans (
  room_id   TEXT    NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
  user_id   TEXT    NOT NULL,
  banned_by TEXT    NOT NULL,
  banned_at INTEGER NOT NULL,
  until     INTEGER,
  PRIMARY KEY (room_id, user_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE room_mutes (
  room_id TEXT    NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
  user_id TEXT    NOT NULL,
  until   INTEGER NOT NULL,
  PRIMARY KEY (room_id, user_id)
) STRICT, WITHOUT ROWID;

-- Each plain member's last post while slow mode was on, with its clientMsgId so that a resend of
-- that very message is not held back.
CREATE TABLE room_posts (
  room_id       TEXT    NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
  user_id       TEXT    NOT NULL,
  posted_at     INTEGER NOT NULL,
  client_msg_id TEXT    NOT NULL,
  PRIMARY KEY (room_id, user_id)
) STRICT, WITHOUT ROWID;
