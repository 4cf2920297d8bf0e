-- Schema version 10: server roles, the registration mode and invites. Each user has a role on
-- the whole server (OWNER, ADMIN or MEMBER) and may be deactivated by an admin. There is at most one owner, which the partial unique
-- index enforces; a new user becomes the owner when the table was empty (see EmbeddedUserStore).
-- A server that already has users makes its oldest account the owner.
ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'MEMBER'
  CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER'));
ALTER TABLE users ADD COLUMN deactivated INTEGER NOT NULL DEFAULT 0 CHECK (deactivated IN (0, 1));
CREATE UNIQUE INDEX users_one_owner ON users (role) WHERE role = 'OWNER';
UPDATE users SET role = 'OWNER'
 WHERE user_id = (SELECT user_id FROM users ORDER BY created_at, user_id LIMIT 1);

-- Who may register: settings admins change at runtime (registration_mode: OPEN, INVITE or
-- CLOSED), and invites, each admitting max_uses registrations until expires_at.
CREATE TABLE server_settings (
  name  TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE invites (
  code       TEXT    NOT NULL PRIMARY KEY,
  created_by TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  max_uses   INTEGER NOT NULL CHECK (max_uses > 0),
  used       INTEGER NOT NULL DEFAULT 0,
  CHECK (used BETWEEN 0 AND max_uses)
) STRICT;

CREATE INDEX invites_by_age ON invites (created_at);
