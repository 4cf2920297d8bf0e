-- Counts one reference fewer to a blob; at none, marks its bytes as being removed.
-- KEYS[1] the blob's reference count (string), KEYS[2] its removal mark; both under {blob:SHA}.
-- ARGV[1] the removal's token, ARGV[2] how long the mark may stand, in ms.
-- Returns 1 when that was the last reference (the mark is set: the caller deletes the bytes), else 0.
-- With no reference counted (a lost or never made count) nothing is removed: records may still name
-- the bytes, and bytes no record names are reused by the next identical upload.
local left = redis.call('DECR', KEYS[1])
if left > 0 then
  return 0
end
if left < 0 then
  redis.call('DEL', KEYS[1])
  return 0
end
redis.call('DEL', KEYS[1])
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
return 1
