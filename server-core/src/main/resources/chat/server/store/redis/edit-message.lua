-- Replaces a message's content, if it is not deleted and its content is still the one the caller
-- read (whose words it unindexes), and indexes the new words.
-- KEYS as record-change.lua says, then [5] the contents (hash entry id -> content), [6] the word
-- dictionary, [7 .. 6+r] the old words' indexes, [7+r ..] the new words' indexes.
-- ARGV[1] the entry id, [2] the content read, [3] the new content, [4] editedAt, [5] the
-- message's timestamp (the word indexes' score), [6] r, [7 .. 6+r] the old words, then the new.
-- Returns 'CHANGED', 'NOT_FOUND', or 'STALE' when the content is no longer the one read.
if not changeable() then
  return 'NOT_FOUND'
end
if (redis.call('HGET', KEYS[5], ARGV[1]) or '') ~= ARGV[2] then
  return 'STALE'
end
local removed = tonumber(ARGV[6])
redis.call('HSET', KEYS[5], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], 'editedAt', ARGV[4])
unindex(6, 7, 6 + removed, 7)
for i = 7 + removed, #KEYS do
  redis.call('ZADD', KEYS[i], ARGV[5], ARGV[1])
  redis.call('ZADD', KEYS[6], 0, ARGV[i])
end
record_message_change()
return 'CHANGED'
