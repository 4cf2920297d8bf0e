-- Clears a blob's removal mark if it is still the mark of this removal (not a later one's).
-- KEYS[1] the blob's removal mark, under {blob:SHA}. ARGV[1] the removal's token.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
return 1
