-- Schema version 16: end-to-end encryption (docs/E2EE.md).
-- A room created encrypted stays so; its messages keep their sender's encrypted object, as JSON, in
-- content, and are flagged so that nothing of them is indexed for search.
ALTER TABLE rooms ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0;
