-- Schema version 12: two-factor sign-in. An account's TOTP secret (base32) stays pending
-- (enabled = 0) until a code made from it is confirmed; last_step is the last TOTP time-step a
-- code was accepted for, so no code works twice. Recovery codes are kept as SHA-256 hashes, one
-- row each, deleted when used. A login waiting for its second step is a challenge, stored under
-- the SHA-256 of its token until it is used or expires. The server setting two_factor_required
-- lives in server_settings (V10) beside the registration mode.
CREATE TABLE two_factor (
  user_id   TEXT    NOT NULL PRIMARY KEY,
  secret    TEXT    NOT NULL,
  enabled   INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  last_step INTEGER NOT NULL DEFAULT -1
) STRICT;

CREATE TABLE recovery_codes (
  user_id   TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  PRIMARY KEY (user_id, code_hash)
) STRICT, WITHOUT ROWID;

CREATE TABLE second_factor_challenges (
  token_hash TEXT    NOT NULL PRIMARY KEY,
  user_id    TEXT    NOT NULL,
  setup_only INTEGER NOT NULL CHECK (setup_only IN (0, 1)),
  expires_at INTEGER NOT NULL
) STRICT;

CREATE INDEX second_factor_challenges_by_expiry ON second_factor_challenges (expires_at);
