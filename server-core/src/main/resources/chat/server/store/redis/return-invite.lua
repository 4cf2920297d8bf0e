-- Gives back one use of an invite, taken by a registration that then failed; never below zero.
-- KEYS[1] the invite (hash, under {invites}).
if tonumber(redis.call('HGET', KEYS[1], 'used') or '0') > 0 then
  redis.call('HINCRBY', KEYS[1], 'used', -1)
end
return 1
