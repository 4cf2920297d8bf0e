-- Stores a pending TOTP secret unless two-factor sign-in is on.
-- KEYS[1] the user's two-factor hash. ARGV[1] the secret (base32).
-- Returns 1 when stored, 0 when two-factor sign-in is on (nothing changed).
if redis.call('HGET', KEYS[1], 'enabled') == '1' then
  return 0
end
redis.call('HSET', KEYS[1], 'secret', ARGV[1], 'enabled', '0', 'lastStep', '-1')
return 1
