-- Records that one message of a room changed: moves the room's change counter on by one, puts
-- the message in the room's changed messages at that position, and stamps its state with it.
-- Every script that changes a stored message starts with this file (LuaScript.recordingChanges)
-- and calls record_change in the same run as the change, so sync finds each change exactly once.
-- Those scripts take, under {room:ID}: KEYS[1] the log (stream), KEYS[2] the message's state
-- (hash), KEYS[3] the change counter (string), KEYS[4] the changed messages (sorted set, entry id
-- by position); ARGV[1] the message's entry id.
local function record_change()
  local position = redis.call('INCR', KEYS[3])
  redis.call('ZADD', KEYS[4], position, ARGV[1])
  redis.call('HSET', KEYS[2], 'changeSeq', position)
  return position
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

