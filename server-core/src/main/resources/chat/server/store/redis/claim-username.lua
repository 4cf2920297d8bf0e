-- Claims a username for a user: the unique name index and the prefix-search entry change
-- together, so a name is searchable exactly when it is taken. The first name ever claimed makes
-- its user the server's owner, in the same step, so two racing first registrations give one owner.
-- KEYS[1] folded name -> userId (hash), KEYS[2] name entries (sorted set), KEYS[3] the owner
-- (string); all under {users}.
-- ARGV[1] the folded name, ARGV[2] the userId, ARGV[3] the user's name entry.
-- Returns 1 if the name now is the user's (a retried claim included), 0 if another user has it.
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] and 1 or 0
end
redis.call('ZADD', KEYS[2], 0, ARGV[3])
if redis.call('HLEN', KEYS[1]) == 1 then
  redis.call('SET', KEYS[3], ARGV[2], 'NX')
end
return 1
