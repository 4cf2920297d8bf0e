-- Schema version 14: accounts their owners deleted, and direct rooms closed by such a deletion.
-- A deleted account keeps its row (its username stays reserved, its messages keep their sender)
-- with no usable password; deleted is never cleared. A closed room takes no new messages.
ALTER TABLE users ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));
ALTER TABLE rooms ADD COLUMN closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1));
