-- Marks an account deleted, and so deactivated, unless it is the owner's or already deleted.
-- KEYS[1] the owner (string), KEYS[2] the deleted accounts (set), KEYS[3] the deactivated accounts
-- (set); all under {users}.
-- ARGV[1] the userId.
-- Returns 1 if it marked the account, 0 (changing nothing) for the owner or a deleted account.
if redis.call('GET', KEYS[1]) == ARGV[1] or redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then
  return 0
end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
