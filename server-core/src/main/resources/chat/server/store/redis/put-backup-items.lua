-- Stores items in a user's key backup if it is still of the version the caller names and would
-- hold at most ARGV[2] items.
-- KEYS, all under {user:ID}: [1] the backup (hash: version, algorithm, authData), [2] the items
-- (hash: itemId -> data), [3] the item ids (sorted set, all score 0, read in lexical order).
-- ARGV[1] the version, ARGV[2] the most items, ARGV[3 ..] itemId, data pairs.
-- Returns 'STORED', 'STALE' (another version, or none: nothing stored) or 'FULL' (nothing stored).
if redis.call('HGET', KEYS[1], 'version') ~= ARGV[1] then
  return 'STALE'
end
local added = 0
local seen = {}
for i = 3, #ARGV, 2 do
  if not seen[ARGV[i]] and redis.call('HEXISTS', KEYS[2], ARGV[i]) == 0 then
    added = added + 1
  end
  seen[ARGV[i]] = true
end
if redis.call('HLEN', KEYS[2]) + added > tonumber(ARGV[2]) then
  return 'FULL'
end
for i = 3, #ARGV, 2 do
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
  redis.call('ZADD', KEYS[3], 0, ARGV[i])
end
return 'STORED'
