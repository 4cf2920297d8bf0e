-- Schema version 16: end-to-end encryption (docs/E2EE.md).
-- A room created encrypted stays so; its messages keep their sender's encrypted object, as JSON, in
-- content, and are flagged so that nothing of them is indexed for search.
ALTER TABLE rooms ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0;
-- Each user's identity key, and their devices: one per session, removed with it.
CREATE TABLE identity_keys (
  user_id TEXT PRIMARY KEY,
  identity_key TEXT NOT NULL
);
CREATE TABLE devices (
  device_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  session_id TEXT NOT NULL UNIQUE,
  signing_key TEXT NOT NULL,
  agreement_key TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE INDEX devices_by_user ON devices (user_id);
