-- Schema version 15: the invites into one room, newest first, as its owner lists them.
CREATE INDEX invites_by_room ON invites (room_id, created_at);
