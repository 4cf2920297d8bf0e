-- Schema version 9: image previews. A file the server decoded as an image has width and height
-- (columns of V5) and two renditions, each a blob of its own named by its sha256 and counted in
-- blob_refs like the file's bytes; preview_type is null for every other file.
ALTER TABLE files ADD COLUMN preview_type TEXT;
ALTER TABLE files ADD COLUMN thumbnail_sha256 TEXT;
ALTER TABLE files ADD COLUMN thumbnail_size INTEGER;
ALTER TABLE files ADD COLUMN preview_sha256 TEXT;
ALTER TABLE files ADD COLUMN preview_size INTEGER;
