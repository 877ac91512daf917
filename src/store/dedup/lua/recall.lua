-- The remembered stories' signatures (story-memory.ts) that start with each probe's check: every record of a
-- shard's string is MEMORY_RECORD bytes, so a match counts only at a record's start. Each string is read once.
local out = {}
local read = {}
local i = 0
for probe in string.gmatch(probes, '[^,]+') do
  i = i + 1
  local s = read[probe]
  if s == nil then
    s = redis.call('GET', base .. 'mem:' .. probe) or false
    read[probe] = s
  end
  if s then
    local check = string.sub(checks, 3 * i - 2, 3 * i)
    local from = 1
    while true do
      local at = string.find(s, check, from, true)
      if not at then break end
      if (at - 1) % MEMORY_RECORD == 0 then
        out[#out + 1] = i
        out[#out + 1] = string.sub(s, at + 3, at + MEMORY_RECORD - 1)
        from = at + MEMORY_RECORD
      else
        from = at + 1
      end
    end
  end
end
return out
