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
  signature TEXT NOT NULL,
  inbox_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX devices_by_user ON devices (user_id);
-- Each device's inbox: what other devices sealed for it, numbered by the device's inbox_seq, kept
-- until it acknowledges them and deleted with the device.
CREATE TABLE device_messages (
  device_id TEXT NOT NULL,
  id INTEGER NOT NULL,
  from_user_id TEXT NOT NULL,
  from_device_id TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (device_id, id)
) WITHOUT ROWID;
-- Each user's key backup: one version at a time, its items sealed by the client.
CREATE TABLE key_backups (
  user_id TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  algorithm TEXT NOT NULL,
  auth_data TEXT NOT NULL
);
CREATE TABLE key_backup_items (
  user_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (user_id, item_id)
) WITHOUT ROWID;
