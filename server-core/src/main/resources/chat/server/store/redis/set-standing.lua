-- Adds a user to, or removes them from, one of the sets of server standing (admins, deactivated
-- accounts), unless the user is the owner, whose standing never changes.
-- KEYS[1] the owner (string), KEYS[2] the set; both under {users}.
-- ARGV[1] the userId, ARGV[2] '1' to add, '0' to remove.
-- Returns 1 if the set now says what was asked, 0 (changing nothing) for the owner.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return 0
end
if ARGV[2] == '1' then
  redis.call('SADD', KEYS[2], ARGV[1])
else
  redis.call('SREM', KEYS[2], ARGV[1])
end
return 1
