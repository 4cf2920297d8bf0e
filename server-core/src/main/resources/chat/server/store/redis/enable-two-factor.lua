-- Turns two-factor sign-in on with the pending secret, recording the confirming code's step as
-- used and replacing the recovery codes.
-- KEYS[1] the user's two-factor hash, KEYS[2] the user's recovery-code set (one hash tag).
-- ARGV[1] the pending secret, ARGV[2] the step, ARGV[3..] the recovery-code hashes.
-- Returns 1 when enabled, 0 when the secret is not the pending one (nothing changed).
local state = redis.call('HMGET', KEYS[1], 'secret', 'enabled')
if state[1] ~= ARGV[1] or state[2] ~= '0' then
  return 0
end
redis.call('HSET', KEYS[1], 'enabled', '1', 'lastStep', ARGV[2])
redis.call('DEL', KEYS[2])
for i = 3, #ARGV do
  redis.call('SADD', KEYS[2], ARGV[i])
end
return 1
