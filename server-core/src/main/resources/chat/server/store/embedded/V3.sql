-- Schema version 3: the name a user chose to be shown by, NULL until they choose one (others then
-- see the username).

ALTER TABLE users ADD COLUMN display_name TEXT;
