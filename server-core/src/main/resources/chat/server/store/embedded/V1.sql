-- Schema version 1: users, sessions, rooms with their members, and the message log.
-- Ids are opaque TEXT chosen by the application; times are epoch milliseconds; enums are
-- stored by their Java names. Tables are STRICT so a wrong type fails instead of being coerced.

CREATE TABLE users (
  user_id       TEXT    NOT NULL PRIMARY KEY,
  username      TEXT    NOT NULL,            -- the registered spelling
  username_key  TEXT    NOT NULL UNIQUE,     -- lower case: uniqueness and lookup ignore case
  password_hash TEXT    NOT NULL,
  created_at    INTEGER NOT NULL,
  last_seen     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE sessions (
  session_id       TEXT    NOT NULL PRIMARY KEY,
  user_id          TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
  created_at       INTEGER NOT NULL,
  last_used_at     INTEGER NOT NULL,
  user_agent       TEXT,
  refresh_token_id TEXT    NOT NULL,
  expires_at       INTEGER NOT NULL,
  revoked_at       INTEGER NOT NULL DEFAULT 0  -- 0 while live
) STRICT;

CREATE INDEX sessions_by_user ON sessions (user_id, created_at);

-- created_by is deliberately not a foreign key: a room may outlive or predate its creator's
-- account (rooms the server sets up itself).
CREATE TABLE rooms (
  room_id    TEXT    NOT NULL PRIMARY KEY,
  name       TEXT    NOT NULL,
  name_key   TEXT    NOT NULL,               -- lower case: the directory filter ignores case
  visibility TEXT    NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE', 'DIRECT')),
  created_by TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  pair_key   TEXT    UNIQUE                  -- direct rooms only: one room per pair of users
) STRICT;

CREATE INDEX rooms_public_by_name ON rooms (name_key) WHERE visibility = 'PUBLIC';

CREATE TABLE room_members (
  room_id TEXT NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
  role    TEXT NOT NULL CHECK (role IN ('OWNER', 'MEMBER')),
  PRIMARY KEY (room_id, user_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX room_members_by_user ON room_members (user_id);

-- seq is the room's one order (1, 2, 3, ... per room). The unique (room, sender, clientMsgId)
-- makes a resent message find its original instead of being stored twice. sender_id is not a
-- foreign key, for the same reason as rooms.created_by. The implicit rowid is kept so that a
-- full-text index can later use this table as its external content.
CREATE TABLE messages (
  room_id       TEXT    NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  message_id    TEXT    NOT NULL UNIQUE,
  sender_id     TEXT    NOT NULL,
  sender_name   TEXT    NOT NULL,
  content       TEXT    NOT NULL,
  client_msg_id TEXT    NOT NULL,
  created_at    INTEGER NOT NULL,
  PRIMARY KEY (room_id, seq),
  UNIQUE (room_id, sender_id, client_msg_id)
) STRICT;
