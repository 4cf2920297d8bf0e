-- Whether a user may post to a room now, and if so records the post for slow mode: refused while
-- muted; refused with the time left when slow mode is on, the sender is a plain member, and their
-- last post is younger than the interval, unless that post had this clientMsgId (a resend).
-- KEYS[1] mutes (hash: user id to end), KEYS[2] slow mode (string: seconds), KEYS[3] members
-- (hash: user id to role), KEYS[4] posts (hash: user id to 'postedAt:clientMsgId'); all under the
-- room's tag. ARGV[1] the user id, ARGV[2] the clientMsgId, ARGV[3] now (epoch ms).
-- Returns {mutedUntil, retryAfterMs}: {0, 0} when the post may go ahead.
local now = tonumber(ARGV[3])
local muted = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if muted > now then
  return {muted, 0}
end
local interval = tonumber(redis.call('GET', KEYS[2]) or '0') * 1000
if interval == 0 or redis.call('HGET', KEYS[3], ARGV[1]) ~= 'MEMBER' then
  return {0, 0}
end
local last = redis.call('HGET', KEYS[4], ARGV[1])
if last then
  local separator = string.find(last, ':', 1, true)
  if string.sub(last, separator + 1) == ARGV[2] then
    return {0, 0}
  end
  local wait = tonumber(string.sub(last, 1, separator - 1)) + interval - now
  if wait > 0 then
    return {0, wait}
  end
end
redis.call('HSET', KEYS[4], ARGV[1], ARGV[3] .. ':' .. ARGV[2])
return {0, 0}
