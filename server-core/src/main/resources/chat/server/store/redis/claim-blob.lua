-- Counts one more reference to a blob unless its bytes are being removed.
-- KEYS[1] the blob's reference count (string), KEYS[2] its removal mark; both under {blob:SHA}.
-- Returns 1 when counted, 0 when the blob is marked (the caller tries again shortly).
if redis.call('EXISTS', KEYS[2]) == 1 then
  return 0
end
redis.call('INCR', KEYS[1])
return 1
