-- Records a TOTP time-step as used if it is later than the last one, so no code works twice.
-- KEYS[1] the user's two-factor hash. ARGV[1] the step.
-- Returns 1 when recorded, 0 when two-factor sign-in is off or the step is not later.
local state = redis.call('HMGET', KEYS[1], 'enabled', 'lastStep')
if state[1] ~= '1' or tonumber(state[2]) >= tonumber(ARGV[1]) then
  return 0
end
redis.call('HSET', KEYS[1], 'lastStep', ARGV[1])
return 1
