-- Everything an original article leaves in the index, written at once: its story's slot and postings, its own
-- slot, id, fingerprint and bands (docBlock '' when the article is no one's original), and its terms in the
-- document-frequency sketch. Capped lists follow appendCapped() in index-types.ts. Slots live in strings
-- allocated whole (BLOCK_BYTES) on first write: growing a string with SETRANGE would double its allocation each
-- time. The first article of a DF generation drops the generation before the previous one (its sketch and its
-- count): DF memory stays bounded.
-- Numbers that only pass through to Redis (ttl, offsets) stay text: a number made text costs Redis a printf.
local shardCount = tonumber(shards)
-- The bucket's sharded hashes (bands, postings, fingerprints) get their expiry once a day, not on every write:
-- a bitmap per bucket and day of the server's clock marks the shards done, and their TTL is a day longer to
-- make up for it. That saves about 37 EXPIRE calls per article, a sixth of this script's calls.
local marks = base .. 'ttl:' .. bucket .. ':' .. int(math.floor(tonumber(redis.call('TIME')[1]) / DAY_SECONDS))
local done = redis.call('GET', marks) or ''
local fresh = {}
local function refresh(k, pos)
  local byte = string.byte(done, math.floor(pos / 8) + 1) or 0
  if bit.band(byte, bit.rshift(128, pos % 8)) == 0 and not fresh[pos] then
    redis.call('EXPIRE', k, shardTtl)
    fresh[pos] = true
  end
end
local function put(k, off, data)
  if redis.call('EXISTS', k) == 0 then redis.call('SET', k, string.rep('\0', BLOCK_BYTES)) end
  redis.call('SETRANGE', k, off, data)
  redis.call('EXPIRE', k, ttl)
end
-- Bitmap positions: postings from shardCount, bands from 0, fingerprints from 2 x shardCount.
local function append(kind, entries, item, first)
  local p = list(entries)
  local pre = base .. kind .. ':' .. bucket .. ':'
  for i = 1, #p - 1, 2 do
    local k = pre .. p[i]
    local f = p[i + 1]
    -- A new field (most bands) costs one call; a list already holding the item is left as it is.
    if redis.call('HSETNX', k, f, item) == 0 then
      local v = redis.call('HGET', k, f)
      if not string.find(',' .. v .. ',', ',' .. item .. ',', 1, true) then
        v = v .. ',' .. item
        while #v > LIST_MAX_CHARS do
          local c = string.find(v, ',', 1, true)
          if not c then break end
          v = string.sub(v, c + 1)
        end
        redis.call('HSET', k, f, v)
      end
    end
    refresh(k, first + tonumber(p[i]))
  end
end
put(base .. 'story:' .. storyBlock, storyOffset, storySlot)
append('post', postings, storyHandle, shardCount)
if docBlock ~= '' then
  put(base .. 'doc:' .. docBlock, docOffset, docSlot)
  local n = tonumber(docHandle, 36)
  local ids = base .. 'did:' .. int(math.floor(n / IDS_PER_HASH))
  redis.call('HSET', ids, int(n % IDS_PER_HASH), docId)
  redis.call('EXPIRE', ids, ttl)
  local fp = base .. 'fp:' .. bucket .. ':' .. fpShard
  redis.call('HSET', fp, fingerprint, docHandle)
  refresh(fp, 2 * shardCount + tonumber(fpShard))
  append('lsh', bands, docHandle, 0)
end
-- The marks are set after the writes, so a shard is never marked done without its expiry.
for pos in pairs(fresh) do redis.call('SETBIT', marks, pos, 1) end
if next(fresh) then redis.call('EXPIRE', marks, 2 * DAY_SECONDS) end
local size = tonumber(dfGeneration)
local total = redis.call('INCR', base .. 'dfs:count') - 1
local g = math.floor(total / size)
if total % size == 0 and g >= 2 then
  redis.call('UNLINK', base .. 'dfs:' .. int(g - 2), base .. 'dfs:' .. int(g - 2) .. ':n')
end
local gk = base .. 'dfs:' .. int(g)
for _, args in ipairs(chunks(list(dfCounters), 'INCRBY', '1', { 'OVERFLOW', 'SAT' })) do
  redis.call('BITFIELD', gk, unpack(args))
end
redis.call('INCR', gk .. ':n')
return 1
