-- Turns a message into a tombstone, if it is not deleted and its content is still the one the
-- caller read: its content, reactions and pin go (DEL and HDEL free them; nothing keeps a copy),
-- its words leave the search index, and its state says deleted. Its log entry, with its place,
-- stays.
-- KEYS as record-change.lua says, then [5] the contents, [6] the pins (sorted set), [7] the word
-- dictionary, [8 ..] the indexes of its words.
-- ARGV[1] the entry id, [2] the content read, [3 ..] its words.
-- Returns 'CHANGED', 'NOT_FOUND', or 'STALE' when the content is no longer the one read.
if not changeable() then
  return 'NOT_FOUND'
end
if (redis.call('HGET', KEYS[5], ARGV[1]) or '') ~= ARGV[2] then
  return 'STALE'
end
redis.call('HDEL', KEYS[5], ARGV[1])
redis.call('HDEL', KEYS[2], 'editedAt', 'reactionList', 'pinnedAt', 'pinnedBy')
redis.call('HSET', KEYS[2], 'deleted', '1')
redis.call('ZREM', KEYS[6], ARGV[1])
unindex(7, 8, #KEYS, 3)
record_message_change()
return 'CHANGED'
