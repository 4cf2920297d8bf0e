-- Appends device messages to one device's inbox, unless that would leave more than ARGV[1] in it.
-- KEYS, both under {device:ID}: [1] the inbox (sorted set of "id payload", scored by id), [2] the
-- inbox's counter (string), which only grows, so ids keep growing after acknowledged ones are gone.
-- ARGV[1] the capacity, ARGV[2 ..] the messages' payloads (JSON), in order.
-- Returns the ids given, in order, or -1 when the inbox would overflow (nothing is stored).
if redis.call('ZCARD', KEYS[1]) + #ARGV - 1 > tonumber(ARGV[1]) then
  return -1
end
local ids = {}
for i = 2, #ARGV do
  local id = redis.call('INCR', KEYS[2])
  redis.call('ZADD', KEYS[1], id, id .. ' ' .. ARGV[i])
  ids[#ids + 1] = id
end
return ids
