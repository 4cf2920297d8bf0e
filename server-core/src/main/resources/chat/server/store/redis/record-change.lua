-- Records that one message of a room changed: moves the room's change counter (a string) on by
-- one, puts the message's entry id in the room's changed messages (a sorted set, entry id by
-- position) at that position, and stamps the message's state (a hash) with it; all under
-- {room:ID}. Every script that changes a stored message starts with this file
-- (LuaScript.recordingChanges) and calls record_change in the same run as the change, so sync
-- finds each change exactly once: the change scripts of MessageChangeScript, and
-- append-message.lua for a reply's root. Returns the new position.
local function record_change(counter, changes, state, entryId)
  local position = redis.call('INCR', counter)
  redis.call('ZADD', changes, position, entryId)
  redis.call('HSET', state, 'changeSeq', position)
  return position
end

-- The scripts of MessageChangeScript take, under {room:ID}: KEYS[1] the log (stream), KEYS[2] the
-- message's state, KEYS[3] the change counter, KEYS[4] the changed messages; ARGV[1] the
-- message's entry id. record_message_change records a change of that message.
local function record_message_change()
  return record_change(KEYS[3], KEYS[4], KEYS[2], ARGV[1])
end

-- The field of the room's contents that holds the attachments (JSON) of the message of that entry
-- id, beside its content (RedisKeys.attachmentsField).
local function attachments_field(entryId)
  return entryId .. ':attachments'
end

-- Whether the message exists and is not deleted: what every change needs.
local function changeable()
  return redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])[1] ~= nil
    and redis.call('HGET', KEYS[2], 'deleted') ~= '1'
end

-- Takes the entry out of the index of each word in KEYS[from..to]; a word without messages left
-- leaves the room's word dictionary (KEYS[dictionary]) too. ARGV[argFrom..] are those words.
local function unindex(dictionary, from, to, argFrom)
  for i = from, to do
    redis.call('ZREM', KEYS[i], ARGV[1])
    if redis.call('ZCARD', KEYS[i]) == 0 then
      redis.call('ZREM', KEYS[dictionary], ARGV[argFrom + i - from])
    end
  end
end

