-- Moves a user's read cursor in a room forward to a message of the room's log.
-- KEYS, under {room:ID}: [1] the log (stream), [2] the read cursors (hash userId -> seq),
-- [3] the cursors in order (sorted set userId by seq), [4] their entries (hash userId -> entry id).
-- ARGV[1] the message's entry id (well formed), ARGV[2] the user's id.
-- The cursor holds the message's seq: seqs follow the log's order, so comparing them as
-- numbers compares the entries' places, and the unread count is a subtraction. The order and the
-- entry move with it, so the furthest cursors and the messages they stand on are read directly.
-- Returns 'MOVED', 'ALREADY_PAST' or 'NO_SUCH_MESSAGE'.
local entry = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])[1]
if not entry then
  return 'NO_SUCH_MESSAGE'
end
local seq
for i = 1, #entry[2], 2 do
  if entry[2][i] == 'seq' then
    seq = tonumber(entry[2][i + 1])
  end
end
local current = tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0')
if seq <= current then
  return 'ALREADY_PAST'
end
redis.call('HSET', KEYS[2], ARGV[2], seq)
redis.call('ZADD', KEYS[3], seq, ARGV[2])
redis.call('HSET', KEYS[4], ARGV[2], ARGV[1])
return 'MOVED'
