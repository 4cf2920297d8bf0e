-- Schema version 5: edits take their words out of the search index cheaply; deletions still take
-- them out for good.
--
-- V4 turned FTS5's secure-delete on for every removal from the index, edits included. It rewrites
-- the index pages of every word the row leaves and of each of its 2, 3 and 4-character prefixes,
-- so an edit cost about ten times a send on a large index (docs/BENCHMARKS.md). Now secure-delete
-- is off (the table's default), and only a deletion turns it on, inside its own transaction, and
-- off again before that commits (EmbeddedSearchIndex.removeForGood). An edit leaves its earlier
-- words in an index segment behind a delete marker: no search finds them, and once the message is
-- deleted a background merge of the whole index (SearchPurge) drops them from the file.
--
-- For that merge to drop every earlier version, no two versions of a message may share an index
-- key: a secure delete removes only the newest entry of a word under a key, and an older entry of
-- the same word under the same key would then be found again and never merged away. So each
-- version of a message is indexed under its own key, (id << 20) | search_version, where
-- search_version counts the message's edits (modulo 2^20); the index is rebuilt with those keys.
-- Ordered by key, the index still lists messages in the order of their ids, as V2 wants.
ALTER TABLE messages ADD COLUMN search_version INTEGER NOT NULL DEFAULT 0;

DROP TABLE message_search;

CREATE VIRTUAL TABLE message_search USING fts5 (
  words,
  sender,
  content = '',
  tokenize = 'ascii',
  prefix = '2 3 4'
);

INSERT INTO message_search (rowid, words, sender)
  SELECT id << 20, search_words(content), hex(sender_id) FROM messages WHERE deleted = 0;
