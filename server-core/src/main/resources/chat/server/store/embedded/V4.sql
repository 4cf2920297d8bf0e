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

-- position is the room's change position the reaction was stored at: strictly increasing, it
-- orders a message's emoji by their first reaction and each emoji's users by when they reacted.
CREATE TABLE reactions (
  message_id TEXT    NOT NULL REFERENCES messages (message_id) ON DELETE CASCADE,
  emoji      TEXT    NOT NULL,
  user_id    TEXT    NOT NULL,
  position   INTEGER NOT NULL,
  PRIMARY KEY (message_id, emoji, user_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX messages_pinned ON messages (room_id, pinned_at) WHERE pinned_at IS NOT NULL;

-- A deleted or edited message's words must leave the search index for real, not linger in an
-- index segment behind a delete marker until segments merge. FTS5's secure-delete option removes
-- them from the pages that held them (and PRAGMA secure_delete, which the server turns on, zeroes
-- what that frees), but it has no effect on a contentless_delete table, whose deletions are such
-- markers. So the index of V2 is rebuilt as a plain contentless table with secure-delete on; a
-- row leaves it by the 'delete' command, given the words it was indexed with. Everything else
-- about it is as V2 says.
DROP TABLE message_search;

CREATE VIRTUAL TABLE message_search USING fts5 (
  words,
  sender,
  content = '',
  tokenize = 'ascii',
  prefix = '2 3 4'
);

INSERT INTO message_search (message_search, rank) VALUES ('secure-delete', 1);

INSERT INTO message_search (rowid, words, sender)
  SELECT id, search_words(content), hex(sender_id) FROM messages;

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
