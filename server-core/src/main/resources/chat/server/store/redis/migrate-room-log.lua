-- One batch of moving the content of a room's older entries, written when content was a field of
-- the entry, out of the log into the room's contents (decision record 0009). The log is copied
-- entry by entry, every id kept and every field but content, into a new stream; the batch that
-- reaches the log's end sets the copy's last id to the log's and RENAMEs it over the log, which
-- frees the old stream whole, so none of that text stays in memory behind a key. Entries are never
-- changed in place: a stream cannot, and XDEL only marks an entry, leaving its bytes in its node.
-- Each call copies at most ARGV[1] entries, so Redis is never blocked for long; the copy's own last
-- id is where the next call goes on, whichever node makes it, and entries appended meanwhile are
-- copied by a later batch. Older entries all come before the first one written without content, so
-- a log whose first entry has no content holds none and is left alone.
-- KEYS, under {room:ID}: [1] the log, [2] the contents (hash), [3] where the copy is built.
-- ARGV[1] the most entries to copy.
-- Returns the number of entries this call copied: 0 once the log holds no content.
local function has_content(entry)
  for i = 1, #entry[2], 2 do
    if entry[2][i] == 'content' then
      return true
    end
  end
  return false
end

local from = '-'
local copied = redis.call('XREVRANGE', KEYS[3], '+', '-', 'COUNT', 1)[1]
if copied then
  from = '(' .. copied[1]
else
  local first = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)[1]
  if not first or not has_content(first) then
    return 0
  end
end
local batch = tonumber(ARGV[1])
local entries = redis.call('XRANGE', KEYS[1], from, '+', 'COUNT', batch)
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
if #entries < batch then
  local info = redis.call('XINFO', 'STREAM', KEYS[1])
  for i = 1, #info, 2 do
    if info[i] == 'last-generated-id' then
      redis.call('XSETID', KEYS[3], info[i + 1])
    end
  end
  redis.call('RENAME', KEYS[3], KEYS[1])
end
return #entries
