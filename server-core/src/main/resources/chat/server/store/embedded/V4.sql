-- Schema version 4: rich messaging. Messages can change after they are stored (edits, deletion,
-- reactions, pins, a thread's replies), belong to threads, and mention people.

-- A message's changeable state. deleted = 1 makes the row a tombstone: content '' and every
-- reaction and mention row gone, its seq and its thread kept.
ALTER TABLE messages ADD COLUMN edited_at     INTEGER;
ALTER TABLE messages ADD COLUMN deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));
ALTER TABLE messages ADD COLUMN pinned_at     INTEGER;
ALTER TABLE messages ADD COLUMN pinned_by     TEXT;
-- Threads: a reply holds its root's message_id; a root counts its replies. Replies take their
-- seq in the room's one order; those not also_in_room stay out of the room's timeline.
ALTER TABLE messages ADD COLUMN thread_id     TEXT;
ALTER TABLE messages ADD COLUMN also_in_room  INTEGER NOT NULL DEFAULT 0 CHECK (also_in_room IN (0, 1));
ALTER TABLE messages ADD COLUMN reply_count   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN last_reply_at INTEGER;
ALTER TABLE messages ADD COLUMN mentions_room INTEGER NOT NULL DEFAULT 0 CHECK (mentions_room IN (0, 1));
-- The room's change position of this message's latest change (0: never changed); sync returns
-- the messages whose change_seq is beyond the client's.
ALTER TABLE messages ADD COLUMN change_seq    INTEGER NOT NULL DEFAULT 0;

CREATE INDEX messages_by_change ON messages (room_id, change_seq) WHERE change_seq > 0;
CREATE INDEX messages_by_thread ON messages (thread_id, seq) WHERE thread_id IS NOT NULL;

-- Each room's change counter: one more for every change to one of its stored messages.
CREATE TABLE room_changes (
  room_id TEXT    NOT NULL PRIMARY KEY REFERENCES rooms (room_id) ON DELETE CASCADE,
  seq     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE reactions (
  message_id TEXT    NOT NULL REFERENCES messages (message_id) ON DELETE CASCADE,
  emoji      TEXT    NOT NULL,
  user_id    TEXT    NOT NULL,
  reacted_at INTEGER NOT NULL,
  PRIMARY KEY (message_id, emoji, user_id)
) STRICT, WITHOUT ROWID;

-- Who replied in a thread, in the order of their first reply.
CREATE TABLE thread_participants (
  root_id     TEXT    NOT NULL REFERENCES messages (message_id) ON DELETE CASCADE,
  user_id     TEXT    NOT NULL,
  first_reply INTEGER NOT NULL,               -- the seq of their first reply
  PRIMARY KEY (root_id, user_id)
) STRICT, WITHOUT ROWID;

-- The members a message mentions by @username (@room is messages.mentions_room), by seq, so that
-- a member's mentions after their read cursor are counted from an index.
CREATE TABLE message_mentions (
  message_id TEXT    NOT NULL REFERENCES messages (message_id) ON DELETE CASCADE,
  room_id    TEXT    NOT NULL,
  user_id    TEXT    NOT NULL,
  seq        INTEGER NOT NULL,
  PRIMARY KEY (message_id, user_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX message_mentions_by_member ON message_mentions (room_id, user_id, seq);
CREATE INDEX messages_mentioning_room ON messages (room_id, seq) WHERE mentions_room = 1;
