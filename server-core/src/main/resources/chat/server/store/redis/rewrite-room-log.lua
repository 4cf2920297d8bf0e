-- Moves the content of a room's older entries, written when content was a field of the entry,
-- out of the log into the room's contents: the log is copied entry by entry, every id kept and
-- every field but content, into a new stream that then replaces it (RENAME frees the old one
-- whole, so none of that text stays in memory behind a key). Entries are never changed in place:
-- a stream cannot, and XDEL only marks an entry, leaving its bytes in the stream's node.
-- Runs once per room, when one of its older messages is first edited or deleted; a room whose
-- log holds no content field is left as it is. Blocks Redis for the length of the copy.
-- KEYS, under {room:ID}: [1] the log, [2] the contents (hash), [3] where the copy is built.
-- Returns the number of entries whose content moved.
local entries = redis.call('XRANGE', KEYS[1], '-', '+')
local moved = 0
for _, entry in ipairs(entries) do
  for i = 1, #entry[2], 2 do
    if entry[2][i] == 'content' then
      moved = moved + 1
    end
  end
end
if moved == 0 then
  return 0
end
redis.call('DEL', KEYS[3])
for _, entry in ipairs(entries) do
  local kept = {}
  for i = 1, #entry[2], 2 do
    if entry[2][i] == 'content' then
      redis.call('HSETNX', KEYS[2], entry[1], entry[2][i + 1])
    else
      kept[#kept + 1] = entry[2][i]
      kept[#kept + 1] = entry[2][i + 1]
    end
  end
  redis.call('XADD', KEYS[3], entry[1], unpack(kept))
end
local info = redis.call('XINFO', 'STREAM', KEYS[1])
for i = 1, #info, 2 do
  if info[i] == 'last-generated-id' then
    redis.call('XSETID', KEYS[3], info[i + 1])
  end
end
redis.call('RENAME', KEYS[3], KEYS[1])
return moved
