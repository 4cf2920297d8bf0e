-- Stores a room unless it exists, then makes members of the users not in it yet: the room and
-- its members are written together, so no reader sees a room without its first members.
-- KEYS[1] the room (hash), KEYS[2] its members (hash userId -> role); both under {room:ID}.
-- ARGV[1] n, the count of the room's fields and values that follow in ARGV[2..n+1], in pairs;
-- then userId, role pairs. The first role given for a user wins, as does an existing one.
-- Returns {the stored room's createdAt, {ids of the users this call made members}}.
local n = tonumber(ARGV[1])
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('HSET', KEYS[1], unpack(ARGV, 2, n + 1))
end
local added = {}
for i = n + 2, #ARGV, 2 do
  if redis.call('HSETNX', KEYS[2], ARGV[i], ARGV[i + 1]) == 1 then
    added[#added + 1] = ARGV[i]
  end
end
return {redis.call('HGET', KEYS[1], 'createdAt'), added}
