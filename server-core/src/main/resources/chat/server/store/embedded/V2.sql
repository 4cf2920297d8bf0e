-- Schema version 2: read cursors, and the full-text index of messages.

-- The search index below is keyed by each message's rowid, so that rowid must never change. An
-- implicit rowid may be renumbered by VACUUM; an INTEGER PRIMARY KEY cannot be. So messages is
-- rebuilt with one, every rowid kept; (room_id, seq), its primary key before, stays unique.
CREATE TABLE messages_v2 (
  id            INTEGER PRIMARY KEY,         -- the rowid, stable: the search index's key
  room_id       TEXT    NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  message_id    TEXT    NOT NULL UNIQUE,
  sender_id     TEXT    NOT NULL,
  sender_name   TEXT    NOT NULL,
  content       TEXT    NOT NULL,
  client_msg_id TEXT    NOT NULL,
  created_at    INTEGER NOT NULL,
  UNIQUE (room_id, seq),
  UNIQUE (room_id, sender_id, client_msg_id)
) STRICT;

INSERT INTO messages_v2 (id, room_id, seq, message_id, sender_id, sender_name, content,
                         client_msg_id, created_at)
  SELECT rowid, room_id, seq, message_id, sender_id, sender_name, content, client_msg_id,
         created_at
  FROM messages;

DROP TABLE messages;

ALTER TABLE messages_v2 RENAME TO messages;

-- A member's read cursor is the seq of the newest message they have read in the room.
CREATE TABLE read_cursors (
  room_id TEXT    NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
  user_id TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
  seq     INTEGER NOT NULL,
  PRIMARY KEY (room_id, user_id)
) STRICT, WITHOUT ROWID;

-- The search index, one row per message, keyed by the message's id (its rowid). It holds tokens only
-- (content=''): the text stays in messages. contentless_delete lets edits and deletions remove a
-- row later.
--   words   the message's words as the server's SearchText splits and folds them, joined by
--           spaces; search_words() is that function, defined by the server on its connection.
--           Splitting and folding are the server's, identical in every store, so the tokenizer
--           here must only split at those spaces: ascii does exactly that, since it takes every
--           non-ASCII character as part of a word and ASCII words arrive already folded.
--   sender  the sender's id in hex, one token, so that from: is an index lookup too.
-- prefix: words are also indexed by their first 2, 3 and 4 characters. A prefix query of those
-- lengths then reads one list, newest first, and stops at the limit; any other length merges the
-- lists of every word it matches (cheap from 5 characters on: few words share such a start). This
-- triples the index (the search benchmark in the README has the figures).
CREATE VIRTUAL TABLE message_search USING fts5 (
  words,
  sender,
  content = '',
  contentless_delete = 1,
  tokenize = 'ascii',
  prefix = '2 3 4'
);

-- What a search checks of each match besides its words: room and time, in an index whose entries
-- are a few dozen bytes, so that checking hundreds of matches reads few pages, mostly cached,
-- rather than a page of messages each.
CREATE INDEX messages_search_filter ON messages (id, room_id, created_at);

INSERT INTO message_search (rowid, words, sender)
  SELECT id, search_words(content), hex(sender_id) FROM messages;
