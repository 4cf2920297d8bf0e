-- Turns a message into a tombstone, if it is not deleted and its content is still the one the
-- caller read: its content, attachments, reactions and pin go (DEL and HDEL free them; nothing
-- keeps a copy), its words and kinds of file leave the search index, it leaves the mention sets
-- (its state says it mentions nobody), and its state says deleted. Its log entry, with its place,
-- stays, and so do a root's
-- thread and its stats.
-- KEYS as record-change.lua says, then [5] the contents, [6] the pins (sorted set), [7] the word
-- dictionary, [8 .. 7+m] the sets of its mentions, [8+m .. 7+m+f] the records of its files (they
-- go with it), [8+m+f .. 7+m+f+k] the sets of the kinds of file it has, [8+m+f+k ..] the indexes
-- of its words (its content's and its files' names').
-- ARGV[1] the entry id, [2] the content read, [3] m, [4] f, [5] k, [6 ..] its words.
-- Returns 'CHANGED', 'UNPINNED' (changed, and it left the pins), 'NOT_FOUND', or 'STALE' when the
-- content is no longer the one read.
if not changeable() then
  return 'NOT_FOUND'
end
if (redis.call('HGET', KEYS[5], ARGV[1]) or '') ~= ARGV[2] then
  return 'STALE'
end
local mentions = tonumber(ARGV[3])
local files = tonumber(ARGV[4])
local kinds = tonumber(ARGV[5])
redis.call('HDEL', KEYS[5], ARGV[1], attachments_field(ARGV[1]))
redis.call('HDEL', KEYS[2], 'editedAt', 'reactionList', 'pinnedAt', 'pinnedBy')
redis.call('HSET', KEYS[2], 'deleted', '1', 'mentions', '', 'mentionsRoom', '0')
local unpinned = redis.call('ZREM', KEYS[6], ARGV[1]) == 1
for i = 8, 7 + mentions do
  redis.call('ZREM', KEYS[i], ARGV[1])
end
for i = 8 + mentions, 7 + mentions + files do
  redis.call('DEL', KEYS[i])
end
for i = 8 + mentions + files, 7 + mentions + files + kinds do
  redis.call('ZREM', KEYS[i], ARGV[1])
end
unindex(7, 8 + mentions + files + kinds, #KEYS, 6)
record_message_change()
if unpinned then
  return 'UNPINNED'
end
return 'CHANGED'
