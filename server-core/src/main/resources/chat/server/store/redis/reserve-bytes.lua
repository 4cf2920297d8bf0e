-- Counts bytes against a user's uploads unless that would pass their quota.
-- KEYS[1] the bytes counted so far (string), under {user:ID}. ARGV[1] the bytes, ARGV[2] the quota.
-- Returns 1 when counted, 0 when over the quota (nothing counted).
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used + tonumber(ARGV[1]) > tonumber(ARGV[2]) then
  return 0
end
redis.call('INCRBY', KEYS[1], ARGV[1])
return 1
