-- Schema version 5: shared files. Their bytes live in the blob store, named by their sha256; here
-- is their metadata, who uploaded how much, and how many records name each blob.

-- A file belongs to the one room it was uploaded to; message_id is null until it is sent.
CREATE TABLE files (
  file_id     TEXT    NOT NULL PRIMARY KEY,
  room_id     TEXT    NOT NULL,
  uploader_id TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  size        INTEGER NOT NULL,
  mime_type   TEXT    NOT NULL,
  sha256      TEXT    NOT NULL,
  created_at  INTEGER NOT NULL,
  width       INTEGER,
  height      INTEGER,
  message_id  TEXT
) STRICT;

CREATE INDEX files_by_message ON files (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX files_unlinked ON files (created_at) WHERE message_id IS NULL;

-- How many file records (and uploads in flight) name each blob. removing_token and
-- removing_until mark a blob whose bytes are being deleted: no upload may claim it meanwhile.
CREATE TABLE blob_refs (
  sha256         TEXT    NOT NULL PRIMARY KEY,
  count          INTEGER NOT NULL CHECK (count >= 0),
  removing_token TEXT,
  removing_until INTEGER
) STRICT, WITHOUT ROWID;

-- The bytes each user's uploads count against their quota; identical uploads each count.
CREATE TABLE file_usage (
  user_id TEXT    NOT NULL PRIMARY KEY,
  bytes   INTEGER NOT NULL CHECK (bytes >= 0)
) STRICT, WITHOUT ROWID;

-- The files sent with a message, as the JSON array of attachments they were sent as (null: none).
-- They are linked to it (files.message_id) in the append's transaction.
ALTER TABLE messages ADD COLUMN attachments TEXT;
