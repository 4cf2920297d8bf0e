-- Pins or unpins a message that is not deleted.
-- KEYS as record-change.lua says, then [5] the room's pins (sorted set, entry id by pinnedAt).
-- ARGV[1] the entry id, [2] 'pin' or 'unpin', [3] who pins, [4] pinnedAt, [5] the most pins a
-- room may hold.
-- Returns 'CHANGED', 'UNCHANGED', 'NOT_FOUND', or 'LIMIT' for one pin too many.
if not changeable() then
  return 'NOT_FOUND'
end
local pinned = redis.call('HEXISTS', KEYS[2], 'pinnedAt') == 1
if ARGV[2] == 'pin' then
  if pinned then
    return 'UNCHANGED'
  end
  if redis.call('ZCARD', KEYS[5]) >= tonumber(ARGV[5]) then
    return 'LIMIT'
  end
  redis.call('HSET', KEYS[2], 'pinnedAt', ARGV[4], 'pinnedBy', ARGV[3])
  redis.call('ZADD', KEYS[5], ARGV[4], ARGV[1])
else
  if not pinned then
    return 'UNCHANGED'
  end
  redis.call('HDEL', KEYS[2], 'pinnedAt', 'pinnedBy')
  redis.call('ZREM', KEYS[5], ARGV[1])
end
record_message_change()
return 'CHANGED'
