-- Schema version 13: the audit log, temporary passwords and room invites. Each audit entry gets the
-- next id (AUTOINCREMENT never reuses one, so ids keep ordering the log after old entries are
-- removed); entries older than AUDIT_RETENTION_DAYS are removed by their time.
CREATE TABLE audit_log (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  at       INTEGER NOT NULL,
  action   TEXT    NOT NULL,
  actor_id TEXT,
  target   TEXT,
  detail   TEXT,
  address  TEXT
) STRICT;

CREATE INDEX audit_log_by_time ON audit_log (at);

-- Set when an admin resets the password: the account must choose a new one at its next login.
ALTER TABLE users ADD COLUMN password_change_required INTEGER NOT NULL DEFAULT 0
  CHECK (password_change_required IN (0, 1));

-- A room invite lands whoever uses it in this room; null for a registration invite.
ALTER TABLE invites ADD COLUMN room_id TEXT;
