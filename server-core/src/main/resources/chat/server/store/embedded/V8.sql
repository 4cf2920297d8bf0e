-- Schema version 8: a message is found by its files' names too, and by the kinds of file it has
-- (has:file, has:image).
--
-- The index gains two columns, so it is rebuilt (FTS5 cannot add a column), as V6 rebuilt it:
--   files  the words of the message's files' names, file after file, as the server's SearchText
--          splits and folds them (search_file_words() of messages.attachments); a query word may
--          match these or the words, a phrase one column or the other whole.
--   has    the kinds of file the message has, one token each: 'file' when it has any, 'image'
--          when one is image/* (search_file_kinds() of messages.attachments). No query word is
--          matched against it: only has: is.
-- Both come from messages.attachments, which never changes while a message lives (an edit changes
-- only its content), so an edit's or a deletion's removal gives the index the values it was given.
-- Rows keep their keys, (id << 20) | search_version; a deleted message has no row. Dropping the old
-- table drops every earlier version's words with it.
DROP TABLE message_search;

CREATE VIRTUAL TABLE message_search USING fts5 (
  words,
  sender,
  files,
  has,
  content = '',
  tokenize = 'ascii',
  prefix = '2 3 4'
);

INSERT INTO message_search (rowid, words, sender, files, has)
  SELECT (id << 20) | search_version, search_words(content), hex(sender_id),
         search_file_words(attachments), search_file_kinds(attachments)
  FROM messages WHERE deleted = 0;
