-- Stores one message: appends it to the room's log and indexes it, unless its sender already sent
-- its clientMsgId to this room, in which case the original is returned and nothing changes.
-- The check, the append and the indexing are one atomic step, so concurrent resends store the
-- message once, and a message is searchable and counted as unread exactly when it is stored.
-- Announcing it is the sending service's job, once this returns a new entry.
-- KEYS, all under {room:ID}: [1] the log (stream), [2] the sent ids (hash field -> entry id),
-- [3] the message counter (string), [4] the sender's messages (sorted set, entry id by seq),
-- [5] the word dictionary (sorted set, score 0), [6..] one word's messages (sorted set, entry id
-- by timestamp) for each word in ARGV.
-- ARGV[1] the sender's field in KEYS[2], ARGV[2] the timestamp, ARGV[3] n, the number of the
-- entry's field/value pairs, ARGV[4 .. 3+2n] those pairs, ARGV[4+2n ..] the message's distinct
-- folded words, in the order of KEYS[6..].
-- Returns {1, entry id, seq} when appended, {0, entry id, {field, value, ...}} for a resend.
local original = redis.call('HGET', KEYS[2], ARGV[1])
if original then
  local entry = redis.call('XRANGE', KEYS[1], original, original)[1]
  return {0, original, entry[2]}
end
local pairsEnd = 3 + 2 * tonumber(ARGV[3])
local seq = redis.call('INCR', KEYS[3])
local id = redis.call('XADD', KEYS[1], '*', 'seq', seq, unpack(ARGV, 4, pairsEnd))
redis.call('HSET', KEYS[2], ARGV[1], id)
redis.call('ZADD', KEYS[4], seq, id)
for i = pairsEnd + 1, #ARGV do
  redis.call('ZADD', KEYS[6 + i - pairsEnd - 1], ARGV[2], id)
  redis.call('ZADD', KEYS[5], 0, ARGV[i])
end
return {1, id, seq}
