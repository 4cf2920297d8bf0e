-- Takes one use of an invite, if it exists, is unexpired and has a use left; otherwise changes
-- nothing and says why. Of two registrations racing for the last use, exactly one gets it.
-- KEYS[1] the invite (hash, under {invites}). ARGV[1] now, epoch milliseconds.
-- Returns 'admitted', 'unknown', 'expired' or 'used-up'.
local invite = redis.call('HMGET', KEYS[1], 'expiresAt', 'maxUses', 'used')
if not invite[1] then
  return 'unknown'
end
if tonumber(invite[1]) <= tonumber(ARGV[1]) then
  return 'expired'
end
if tonumber(invite[3]) >= tonumber(invite[2]) then
  return 'used-up'
end
redis.call('HINCRBY', KEYS[1], 'used', 1)
return 'admitted'
