-- Removes a file's record if it was never sent and was created before a time: the check and the
-- removal are one step, so of sweeps on several nodes at once exactly one removes it, and a send
-- that links it first keeps it.
-- KEYS[1] the file's record (hash, under {room:ID}). ARGV[1] the time, epoch ms.
-- Returns 1 when this call removed it, else 0 (no record, sent, or too young).
if redis.call('HEXISTS', KEYS[1], 'messageEntry') == 1 then
  return 0
end
local createdAt = redis.call('HGET', KEYS[1], 'createdAt')
if not createdAt or tonumber(createdAt) >= tonumber(ARGV[1]) then
  return 0
end
redis.call('DEL', KEYS[1])
return 1
