-- Stores one message: appends it to the room's log and indexes it, unless its sender already sent
-- its clientMsgId to this room, in which case the original is returned and nothing changes.
-- The check, the append and the indexing are one atomic step, so concurrent resends store the
-- message once, and a message is searchable and counted as unread exactly when it is stored.
-- Announcing it is the sending service's job, once this returns a new entry.
-- KEYS, all under {room:ID}: [1] the log (stream), [2] the sent ids (hash field -> entry id),
-- [3] the message counter (string), [4] the sender's messages (sorted set, entry id by seq),
-- [5] the word dictionary (sorted set, score 0), [6] the contents (hash entry id -> content: the
-- content can change, so it stays out of the entry), [7..] one word's messages (sorted set, entry
-- id by timestamp) for each word in ARGV.
-- ARGV[1] the sender's field in KEYS[2], ARGV[2] the timestamp, ARGV[3] the content, ARGV[4] n,
-- the number of the entry's field/value pairs, ARGV[5 .. 4+2n] those pairs, ARGV[5+2n ..] the
-- message's distinct folded words, in the order of KEYS[7..].
-- Returns {1, entry id, seq} when appended, {0, entry id} for a resend.
local original = redis.call('HGET', KEYS[2], ARGV[1])
if original then
  return {0, original}
end
local pairsEnd = 4 + 2 * tonumber(ARGV[4])
local seq = redis.call('INCR', KEYS[3])
local id = redis.call('XADD', KEYS[1], '*', 'seq', seq, unpack(ARGV, 5, pairsEnd))
redis.call('HSET', KEYS[6], id, ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], id)
redis.call('ZADD', KEYS[4], seq, id)
for i = pairsEnd + 1, #ARGV do
  redis.call('ZADD', KEYS[7 + i - pairsEnd - 1], ARGV[2], id)
  redis.call('ZADD', KEYS[5], 0, ARGV[i])
end
return {1, id, seq}
