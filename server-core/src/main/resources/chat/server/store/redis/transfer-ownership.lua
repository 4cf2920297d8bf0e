-- Hands a room over: the new owner must be a member and the old one its owner, who becomes a
-- moderator, in one step so that a room never has two owners or none.
-- KEYS[1] the room's members (hash: user id to role). ARGV[1] the owner, ARGV[2] the new owner.
-- Returns 1 if the room changed hands, 0 (changing nothing) otherwise.
if ARGV[1] == ARGV[2]
    or redis.call('HGET', KEYS[1], ARGV[1]) ~= 'OWNER'
    or not redis.call('HGET', KEYS[1], ARGV[2]) then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], 'MODERATOR', ARGV[2], 'OWNER')
return 1
