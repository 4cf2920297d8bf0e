-- Replaces a session's refresh token id, for one caller only: when the session exists, is not
-- revoked, has not expired at the caller's now, and still holds the expected token id. Moves
-- lastUsedAt and expiresAt, and the hash's own expiry with them.
-- KEYS[1] the session (hash).
-- ARGV[1] expected token id, ARGV[2] new token id, ARGV[3] now, ARGV[4] new expiresAt (epoch ms),
-- ARGV[5] the hash's new time to live in ms.
-- Returns 1 if rotated, 0 if it changed nothing.
local session = redis.call('HMGET', KEYS[1], 'refreshTokenId', 'revokedAt', 'expiresAt')
if session[1] ~= ARGV[1] or session[2] ~= '0'
    or tonumber(session[3]) <= tonumber(ARGV[3]) then
  return 0
end
redis.call('HSET', KEYS[1], 'refreshTokenId', ARGV[2], 'lastUsedAt', ARGV[3],
    'expiresAt', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
