-- Sends one message: appends it to the room's log unless its sender already sent its
-- clientMsgId to this room, in which case the original is returned and nothing changes.
-- The check and the append are one atomic step, so concurrent resends store the message once.
-- KEYS[1] the room's log (stream), KEYS[2] the room's sent ids (hash field -> entry id);
-- both under {room:ID}.
-- ARGV[1] the sender's field in KEYS[2], ARGV[2..] the entry's fields and values, in pairs.
-- Returns {1, entry id} when appended, {0, entry id, {field, value, ...}} for a resend.
local original = redis.call('HGET', KEYS[2], ARGV[1])
if original then
  local entry = redis.call('XRANGE', KEYS[1], original, original)[1]
  return {0, original, entry[2]}
end
local id = redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))
redis.call('HSET', KEYS[2], ARGV[1], id)
-- The rest of a send belongs here, inside this same atomic step and before the reply, so that
-- a message is stored, searchable and announced together or not at all:
--   1. search indexing: the message's words (tokenized by the caller and passed as further
--      ARGV) added to this room's inverted index, sorted sets under this room's hash tag,
--      passed in as further KEYS;
--   2. publish: PUBLISH of the message.new event on the node group's channel (a channel is
--      not a key, so it does not break the one-slot rule).
return {1, id}
