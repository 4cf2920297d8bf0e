-- Stores one message: appends it to the room's log, keeps its content in the room's contents and
-- indexes it, unless its sender already sent its clientMsgId to this room, in which case the
-- original's entry id is returned and nothing changes.
-- The check, the append, the indexing, the mention counters and a reply's change to its thread's
-- root are one atomic step, so concurrent resends store the message once, a reply counts once, and
-- a message is searchable and counted as unread exactly when it is stored.
-- Announcing it is the sending service's job, once this returns a new entry.
-- Runs after record-change.lua (LuaScript.recordingChanges): a reply records its root's change
-- with record_change, the one way a room's change log moves.
-- KEYS, all under {room:ID}:
--   [1] the log (stream), [2] the sent ids (hash field -> entry id), [3] the message counter
--   (string), [4] the sender's messages (sorted set, entry id by seq), [5] the word dictionary
--   (sorted set, score 0), [6] the contents (hash entry id -> content: the content can change, so
--   it stays out of the entry; and attachments_field(entry id) -> the attachments, which a
--   deletion must be able to remove), [7] the @room messages, [8] the sender's @room messages, [9] the
--   thread-only replies, [10] the sender's thread-only replies (sorted sets, entry id by seq),
--   [11] the room's change counter (string), [12] the changed messages (sorted set, entry id by
--   change position);
--   for a reply, then: the root's state (hash), the thread's replies (sorted set, entry id by seq),
--   the thread's first participants (sorted set, userId by first seq, at most ARGV[8]);
--   then the named-mention set of each mentioned member but the sender (ARGV[7] of them);
--   then one word's messages (sorted set, entry id by timestamp) for each word in ARGV;
--   then the messages with a kind of file (sorted set, entry id by timestamp) for each kind of file
--   the message has (ARGV[12] of them);
--   then the record (hash) of each file to attach.
-- ARGV[1] the sender's field in KEYS[2], ARGV[2] the timestamp, ARGV[3] the sender's userId,
-- ARGV[4] the root's entry id for a reply, else '', ARGV[5] '1' when a reply is also in the room,
-- ARGV[6] '1' when the message mentions @room, ARGV[7] m, the number of named-mention keys,
-- ARGV[8] how many participants a root lists, ARGV[9] the content, ARGV[10] n, the number of the
-- entry's field/value pairs, ARGV[11] the attachments (JSON), or '' for none, ARGV[12] h, the
-- number of kind-of-file keys, ARGV[13 .. 12+2n] those pairs, ARGV[13+2n ..] the message's distinct
-- folded words (its content's and its files' names').
-- Returns {1, entry id, seq} when appended, {0, entry id} for a resend, {-1} when a file to attach
-- is not an unsent file of the sender's in this room (nothing is stored).
local original = redis.call('HGET', KEYS[2], ARGV[1])
if original then
  return {0, original}
end

local rootId = ARGV[4]
local mentionKeys = tonumber(ARGV[7])
local pairsEnd = 12 + 2 * tonumber(ARGV[10])
local kindKeys = tonumber(ARGV[12])
local firstKindKey = (rootId ~= '' and 16 or 13) + mentionKeys + (#ARGV - pairsEnd)
local firstFileKey = firstKindKey + kindKeys
for i = firstFileKey, #KEYS do
  if redis.call('HGET', KEYS[i], 'uploaderId') ~= ARGV[3]
      or redis.call('HEXISTS', KEYS[i], 'messageEntry') == 1 then
    return {-1}
  end
end
local seq = redis.call('INCR', KEYS[3])
local id = redis.call('XADD', KEYS[1], '*', 'seq', seq, unpack(ARGV, 13, pairsEnd))
redis.call('HSET', KEYS[6], id, ARGV[9])
if ARGV[11] ~= '' then
  redis.call('HSET', KEYS[6], attachments_field(id), ARGV[11])
end
redis.call('HSET', KEYS[2], ARGV[1], id)
redis.call('ZADD', KEYS[4], seq, id)
for i = firstFileKey, #KEYS do
  redis.call('HSET', KEYS[i], 'messageEntry', id)
end

local nextKey = 13
if rootId ~= '' then
  local rootKey, replies, participants = KEYS[13], KEYS[14], KEYS[15]
  nextKey = 16
  redis.call('ZADD', replies, seq, id)
  if ARGV[5] ~= '1' then
    redis.call('ZADD', KEYS[9], seq, id)
    redis.call('ZADD', KEYS[10], seq, id)
  end
  redis.call('HINCRBY', rootKey, 'replyCount', 1)
  redis.call('HSET', rootKey, 'lastReplyAt', ARGV[2])
  if redis.call('ZCARD', participants) < tonumber(ARGV[8])
      and redis.call('ZADD', participants, 'NX', seq, ARGV[3]) == 1 then
    local first = redis.call('ZRANGE', participants, 0, -1)
    redis.call('HSET', rootKey, 'participants', table.concat(first, ','))
  end
  record_change(KEYS[11], KEYS[12], rootKey, rootId)
end

if ARGV[6] == '1' then
  redis.call('ZADD', KEYS[7], seq, id)
  redis.call('ZADD', KEYS[8], seq, id)
else
  for i = nextKey, nextKey + mentionKeys - 1 do
    redis.call('ZADD', KEYS[i], seq, id)
  end
end

local wordKeys = nextKey + mentionKeys
for i = pairsEnd + 1, #ARGV do
  redis.call('ZADD', KEYS[wordKeys + i - pairsEnd - 1], ARGV[2], id)
  redis.call('ZADD', KEYS[5], 0, ARGV[i])
end
for i = firstKindKey, firstFileKey - 1 do
  redis.call('ZADD', KEYS[i], ARGV[2], id)
end
return {1, id, seq}
