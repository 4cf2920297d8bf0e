-- Replaces a message's content, if it is not deleted and its content is still the one the caller
-- read (whose words it unindexes), indexes the new words, and moves the message from the mention
-- sets of its old mentions to those of its new ones, which its state now holds.
-- KEYS as record-change.lua says, then [5] the contents (hash entry id -> content), [6] the word
-- dictionary, [7 .. 6+o] the old mentions' sets, [7+o .. 6+o+p] the new mentions' sets (sorted
-- sets, entry id by seq), then the r old words' indexes, then the new words' indexes.
-- ARGV[1] the entry id, [2] the content read, [3] the new content, [4] editedAt, [5] the
-- message's timestamp (the word indexes' score), [6] o, [7] p, [8] the new named mentions
-- (userIds joined by commas), [9] '1' when the new content mentions @room, else '0', [10] r,
-- [11 .. 10+r] the old words, then the new.
-- Returns 'NOT_FOUND', 'STALE' when the content is no longer the one read, or {'CHANGED', the
-- entry's fields, the new content, the state's fields, the attachments} (fields as flat lists;
-- the attachments false when the contents hold none): the message as the
-- edit left it, which the caller answers with rather than reading it again; {'UNCHANGED', …} the
-- same, having written nothing, when the new content is the one there.
if not changeable() then
  return 'NOT_FOUND'
end
if (redis.call('HGET', KEYS[5], ARGV[1]) or '') ~= ARGV[2] then
  return 'STALE'
end
local fields = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])[1][2]
if ARGV[2] == ARGV[3] then
  return {'UNCHANGED', fields, ARGV[3], redis.call('HGETALL', KEYS[2]),
    redis.call('HGET', KEYS[5], attachments_field(ARGV[1]))}
end

-- The entry's seq: the mention sets' score, as the append gave it.
local function seq()
  for i = 1, #fields, 2 do
    if fields[i] == 'seq' then
      return fields[i + 1]
    end
  end
end

local oldMentions, newMentions = tonumber(ARGV[6]), tonumber(ARGV[7])
local removed = tonumber(ARGV[10])
local words = 6 + oldMentions + newMentions
redis.call('HSET', KEYS[5], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], 'editedAt', ARGV[4], 'mentions', ARGV[8], 'mentionsRoom', ARGV[9])
for i = 7, 6 + oldMentions do
  redis.call('ZREM', KEYS[i], ARGV[1])
end
local position = seq()
for i = 7 + oldMentions, words do
  redis.call('ZADD', KEYS[i], position, ARGV[1])
end
unindex(6, words + 1, words + removed, 11)
for i = words + 1 + removed, #KEYS do
  redis.call('ZADD', KEYS[i], ARGV[5], ARGV[1])
  redis.call('ZADD', KEYS[6], 0, ARGV[i - words + 10])
end
record_message_change()
return {'CHANGED', fields, ARGV[3], redis.call('HGETALL', KEYS[2]),
    redis.call('HGET', KEYS[5], attachments_field(ARGV[1]))}
