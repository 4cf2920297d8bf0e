-- Sets fields of a hash only if one of its fields holds an expected value. A missing hash never
-- matches, so this never creates one.
-- KEYS[1] the hash.
-- ARGV[1] the field to compare, ARGV[2] its expected value, ARGV[3..] fields and values to set.
-- Returns 1 if it set them, 0 if it changed nothing.
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then
  return 0
end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
return 1
