-- Stores one message: appends it to the room's log and indexes it, unless its sender already sent
-- its clientMsgId to this room, in which case the original is returned and nothing changes.
-- The check, the append, the indexing, the mention counters and a reply's change to its thread's
-- root are one atomic step, so concurrent resends store the message once, a reply counts once, and
-- a message is searchable and counted as unread exactly when it is stored.
-- Announcing it is the sending service's job, once this returns a new entry.
-- KEYS, all under {room:ID}:
--   [1] the log (stream), [2] the sent ids (hash field -> entry id), [3] the message counter
--   (string), [4] the sender's messages (sorted set, entry id by seq), [5] the word dictionary
--   (sorted set, score 0), [6] the @room messages, [7] the sender's @room messages, [8] the
--   thread-only replies, [9] the sender's thread-only replies (sorted sets, entry id by seq),
--   [10] the room's change counter (string), [11] the changed messages (sorted set, entry id by
--   change position);
--   for a reply, then: the root's state (hash), the thread's replies (sorted set, entry id by seq),
--   the thread's first participants (sorted set, userId by first seq, at most ARGV[8]);
--   then the named-mention set of each mentioned member but the sender (ARGV[7] of them);
--   then one word's messages (sorted set, entry id by timestamp) for each word in ARGV.
-- ARGV[1] the sender's field in KEYS[2], ARGV[2] the timestamp, ARGV[3] the sender's userId,
-- ARGV[4] the root's entry id for a reply, else '', ARGV[5] '1' when a reply is also in the room,
-- ARGV[6] '1' when the message mentions @room, ARGV[7] m, the number of named-mention keys,
-- ARGV[8] how many participants a root lists, ARGV[9] n, the number of the entry's field/value
-- pairs, ARGV[10 .. 9+2n] those pairs, ARGV[10+2n ..] the message's distinct folded words.
-- Returns {1, entry id, seq, root state {field, value, ...}} when appended ({} when no reply),
-- {0, entry id, {field, value, ...}} for a resend.

-- The message of entry id changed: it takes the room's next change position, for sync.
local function mark_changed(entryId)
  local change = redis.call('INCR', KEYS[10])
  redis.call('ZADD', KEYS[11], change, entryId)
end

local original = redis.call('HGET', KEYS[2], ARGV[1])
if original then
  local entry = redis.call('XRANGE', KEYS[1], original, original)[1]
  return {0, original, entry[2]}
end

local rootId = ARGV[4]
local mentionKeys = tonumber(ARGV[7])
local pairsEnd = 9 + 2 * tonumber(ARGV[9])
local seq = redis.call('INCR', KEYS[3])
local id = redis.call('XADD', KEYS[1], '*', 'seq', seq, unpack(ARGV, 10, pairsEnd))
redis.call('HSET', KEYS[2], ARGV[1], id)
redis.call('ZADD', KEYS[4], seq, id)

local nextKey = 12
local rootState = {}
if rootId ~= '' then
  local rootKey, replies, participants = KEYS[12], KEYS[13], KEYS[14]
  nextKey = 15
  redis.call('ZADD', replies, seq, id)
  if ARGV[5] ~= '1' then
    redis.call('ZADD', KEYS[8], seq, id)
    redis.call('ZADD', KEYS[9], seq, id)
  end
  redis.call('HINCRBY', rootKey, 'replyCount', 1)
  redis.call('HSET', rootKey, 'lastReplyAt', ARGV[2])
  if redis.call('ZCARD', participants) < tonumber(ARGV[8])
      and redis.call('ZADD', participants, 'NX', seq, ARGV[3]) == 1 then
    local first = redis.call('ZRANGE', participants, 0, -1)
    redis.call('HSET', rootKey, 'participants', table.concat(first, ','))
  end
  mark_changed(rootId)
  rootState = redis.call('HGETALL', rootKey)
end

if ARGV[6] == '1' then
  redis.call('ZADD', KEYS[6], seq, id)
  redis.call('ZADD', KEYS[7], seq, id)
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
return {1, id, seq, rootState}
