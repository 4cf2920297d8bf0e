-- Schema version 6: edits take their words out of the search index cheaply; deletions still take
-- them out for good.
--
-- V4 turned FTS5's secure-delete on for every removal from the index, edits included. It rewrites
-- the index pages of every word the row leaves and of each of its 2, 3 and 4-character prefixes,
-- so on an index of 60,000 messages an edit's removal and insertion took about 8.6 ms against
-- 0.9 ms for an insertion alone, growing with the index. Now secure-delete is off (the table's
-- default), and only a deletion turns it on, inside its own transaction, and off again before that
-- commits (EmbeddedSearchIndex.removeForGood). An edit leaves its earlier words in an index segment
-- behind a delete marker: no search finds them, and once the message is deleted a background merge
-- of the whole index (SearchPurge) drops them from the file.
--
-- For that merge to drop every earlier version, no two versions of a message may share an index
-- key: a secure delete removes only the newest entry of a word under a key, and an older entry of
-- the same word under the same key would then be found again and never merged away. So each
-- version of a message is indexed under its own key, (id << 20) | search_version, where
-- search_version counts the message's edits modulo 2^20 (a message edited more than a million
-- times reuses keys, and its deletion may then leave words of versions that old behind). The index
-- is rebuilt with those keys; ordered by key, it still lists messages in the order of their ids.
ALTER TABLE messages ADD COLUMN search_version INTEGER NOT NULL DEFAULT 0;

-- The index as V4 made it (contentless, not contentless_delete), with its secure-delete off.
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
