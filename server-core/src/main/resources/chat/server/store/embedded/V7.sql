-- Whether a purge of the search index is owed (SearchPurge): set by the deletion of an edited
-- message, in its transaction; cleared by a purge that finished with no deletion asking again, so a
-- start merges the whole index only when a stop cut a purge short or came before it.
CREATE TABLE search_purge_pending (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL
);
