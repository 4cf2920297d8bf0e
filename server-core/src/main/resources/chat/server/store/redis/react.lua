-- Adds or removes one user's reaction to a message that is not deleted. The state's 'reactionList'
-- field holds the message's reactions as JSON, [[emoji, [userId, ...]], ...], emoji in the order
-- of their first reaction and users in the order they reacted; an emoji without users leaves it,
-- and the field goes when none is left.
-- KEYS as record-change.lua says.
-- ARGV[1] the entry id, [2] the user, [3] the emoji, [4] 'add' or 'remove', [5] the most distinct
-- emoji a message may hold.
-- Returns 'CHANGED', 'UNCHANGED', 'NOT_FOUND', or 'LIMIT' for one emoji too many.
if not changeable() then
  return 'NOT_FOUND'
end
local stored = redis.call('HGET', KEYS[2], 'reactionList')
local reactions = stored and cjson.decode(stored) or {}
local found
for i, reaction in ipairs(reactions) do
  if reaction[1] == ARGV[3] then
    found = i
  end
end
local position
if found then
  for i, user in ipairs(reactions[found][2]) do
    if user == ARGV[2] then
      position = i
    end
  end
end
if ARGV[4] == 'add' then
  if position then
    return 'UNCHANGED'
  end
  if not found then
    if #reactions >= tonumber(ARGV[5]) then
      return 'LIMIT'
    end
    reactions[#reactions + 1] = {ARGV[3], {}}
    found = #reactions
  end
  table.insert(reactions[found][2], ARGV[2])
else
  if not position then
    return 'UNCHANGED'
  end
  table.remove(reactions[found][2], position)
  if #reactions[found][2] == 0 then
    table.remove(reactions, found)
  end
end
if #reactions == 0 then
  redis.call('HDEL', KEYS[2], 'reactionList')
else
  redis.call('HSET', KEYS[2], 'reactionList', cjson.encode(reactions))
end
record_message_change()
return 'CHANGED'
