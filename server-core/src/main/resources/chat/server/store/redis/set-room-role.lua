-- Gives a member of a room a new role, unless they are not a member or are its owner (whose role
-- changes only by a handover).
-- KEYS[1] the room's members (hash: user id to role). ARGV[1] the user id, ARGV[2] the role.
-- Returns 1 if the role was set, 0 (changing nothing) otherwise.
local role = redis.call('HGET', KEYS[1], ARGV[1])
if not role or role == 'OWNER' then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
