-- Schema version 2: read cursors, and the full-text index of messages.

-- A member's read cursor is the seq of the newest message they have read in the room.
CREATE TABLE read_cursors (
  room_id TEXT    NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
  user_id TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
  seq     INTEGER NOT NULL,
  PRIMARY KEY (room_id, user_id)
) STRICT, WITHOUT ROWID;

-- The search index, one row per message, keyed by the message's rowid. It holds tokens only
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

INSERT INTO message_search (rowid, words, sender)
  SELECT rowid, search_words(content), hex(sender_id) FROM messages;
