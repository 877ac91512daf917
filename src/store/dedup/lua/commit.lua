-- Everything an original article leaves in the index, written at once: its story's slot and postings, its own
-- slot, id, fingerprint and bands (docBlock '' when the article is no one's original), and its terms in the
-- document-frequency sketch. Capped lists follow appendCapped() in index-types.ts. Article slots live in strings
-- allocated whole (BLOCK_BYTES) on first write: growing a string with SETRANGE would double its allocation each
-- time. The first article of a DF generation drops the generation before the previous one (its sketch and its
-- count): DF memory stays bounded.
-- Numbers that only pass through to Redis (offsets) stay text: a number made text costs Redis a printf.
local shardCount = tonumber(shards)
-- The bucket's sharded hashes (bands, postings, fingerprints) get their expiry once a day, not on every write:
-- a bitmap per bucket and day of the clock (the server's unless given) marks the shards done, and their TTL is a
-- day longer to make up for it. That saves about 37 EXPIRE calls per article, a sixth of this script's calls. The
-- stories' buckets (postings) have bitmaps of their own ("ttl:s<bucket>:<day>"): their buckets are counted in
-- longer spans.
-- Expiries are absolute (PEXPIREAT): the clock's time ("" for the server's) plus each key's ttl in ms.
local nowMs = clockMs(now)
local today = int(math.floor(nowMs / 1000 / DAY_SECONDS))
local docAt, shardAt = int(nowMs + tonumber(ttl)), int(nowMs + tonumber(shardTtl))
local storyShardAt = int(nowMs + tonumber(storyShardTtl))
local function marker(name)
  return { key = base .. 'ttl:' .. name .. ':' .. today, done = nil, fresh = {} }
end
local docMarks, storyMarks = marker(bucket), marker('s' .. storyBucket)
local function refresh(m, k, pos, kat)
  if m.done == nil then m.done = redis.call('GET', m.key) or '' end
  local byte = string.byte(m.done, math.floor(pos / 8) + 1) or 0
  if bit.band(byte, bit.rshift(128, pos % 8)) == 0 and not m.fresh[pos] then
    redis.call('PEXPIREAT', k, kat)
    m.fresh[pos] = true
  end
end
local function put(k, off, data, kat)
  if redis.call('EXISTS', k) == 0 then redis.call('SET', k, string.rep('\0', BLOCK_BYTES)) end
  redis.call('SETRANGE', k, off, data)
  redis.call('PEXPIREAT', k, kat)
end
-- Base-36 digits of a handle: lists are capped by the length of their handles written that way, as they were
-- stored before (and as appendCapped() counts them), so that a list holds the same handles in any layout.
local function len36(n)
  local c, p = 1, 36
  while n >= p do
    c = c + 1
    p = p * 36
  end
  return c
end
-- Those lengths by token, for this script: a commit meets the same busy stories in several lists.
local chars36 = {}
-- Bitmap positions, by the bucket's own shard count c (so that every writer of a bucket agrees): postings from c,
-- bands from 0, fingerprints from 2 x c, and the lists' bases (see single() in common.lua) at c in the articles'
-- bitmap and at 0 in the stories'. A new bucket is written at this index's count (`shards`), recorded in its
-- base; one written before the count was recorded keeps LEGACY_SHARDS.
local splits = {}
local function append(kind, b, m, kat, entries, item, readFirst)
  local p = list(entries)
  if #p == 0 then return end
  local pre = base .. kind .. ':' .. b .. ':'
  -- The bucket's base is the first handle posted in it. It expires a day after the lists it decodes: they get
  -- their expiry on their first write of a day, it on the day's first write to any of them.
  local baseAt = int(tonumber(kat) + DAY_SECONDS * 1000)
  local mine = shardCount == LEGACY_SHARDS and int(item) or int(item) .. ':' .. shards
  local was = redis.call('SET', pre .. 'base', mine, 'NX', 'GET', 'PXAT', baseAt)
  local lb = setBase(pre, was or mine)
  local c = countOf[pre]
  local first, basePos = 0, c
  if kind == 'post' then first, basePos = c, 0 end
  refresh(m, pre .. 'base', basePos, baseAt)
  splits[kind] = splits[kind] or {}
  p = splitFor(p, c, splits[kind])
  local one, it = single(item, lb), tok(item)
  for i = 1, #p - 1, 2 do
    local k = pre .. p[i]
    local f = p[i + 1]
    -- A new field costs one call where fields are mostly new (bands: HSETNX), a list already there one call
    -- where lists mostly exist (postings, 5 in 6 in the scale bench: HGET first, HSET only if it changes); a list
    -- already ending with the item is left as it is, and one holding it further back has it moved to the end
    -- (the newest: a story posted again stays in the list). Kept tokens are joined as they were read: only their
    -- lengths in base 36 need their handles.
    local v
    if readFirst then
      v = redis.call('HGET', k, f)
      if not v then redis.call('HSET', k, f, one) end
    elseif redis.call('HSETNX', k, f, one) == 0 then
      v = redis.call('HGET', k, f)
    end
    if v then
      -- Already last (a token list ending with the item's token, or the item alone): nothing to write.
      local n = #v - #it
      if v ~= one and not (n >= 0 and string.sub(v, n + 1) == it and (n == 0 or string.byte(v, n) >= 128)) then
        -- One pass: the other tokens in order, their base-36 lengths, then the item at the end.
        local kept, lens, chars = {}, {}, len36(item)
        for t in tokens(v, pre) do
          if t ~= it then
            local c = chars36[t]
            if not c then
              c = len36(untok(t))
              chars36[t] = c
            end
            kept[#kept + 1] = t
            lens[#kept] = c
            chars = chars + c + 1
          end
        end
        kept[#kept + 1] = it
        local from = 1
        while chars > LIST_MAX_CHARS and from < #kept do
          chars = chars - lens[from] - 1
          from = from + 1
        end
        redis.call('HSET', k, f, from == #kept and one or table.concat(kept, '', from, #kept))
      end
    end
    refresh(m, k, first + tonumber(p[i]), kat)
  end
end
-- A story's slot lives in the hash of the span (STORY_SPAN_SECONDS of the clock) of its last join, which expires
-- the reach and two days after the span's end, and moves to the current span's hash at each join: so it lives
-- the reach (and two days, and at most a span) after its last article, whatever its neighbours do. Slots in
-- blocks by handle lived as long as the block's busiest story; a key per story paid a key and an expiry for each
-- (about 100 bytes more than a field of a hash). "sl:" says which span's hash holds a story, a few bytes a
-- story in listpack hashes by handle, each kept as long as its last story is.
-- Drops the entries of location hash loc whose span hash has gone (see below). A span's hash, written with this
-- reach, expires (span + 1) x STORY_SPAN_SECONDS + storyTtl: younger spans are kept without a look. Names are
-- spans modulo 4096, hence the age modulo 4096 (a name from the clock's future reads as old and is looked at).
-- Then records in the hash's field 128 (dueField; handles' fields are 0-127) the first day on which an entry it
-- keeps could be dropped: an entry written later is younger, and a join only makes its entry younger, so no prune
-- before that day drops a thing.
local dueField = int(STORY_LOCS_PER_HASH)
local function pruneLocations(loc, spanNo, ttlMs)
  local all = redis.call('HGETALL', loc)
  local spanMs = STORY_SPAN_SECONDS * 1000
  -- The least age (in spans) of a span looked at, and the first span in which a kept entry reaches it.
  local oldest, soon = math.floor(ttlMs / spanMs) + 1, nil
  local live, gone, n = {}, {}, 0
  for i = 1, #all - 1, 2 do
    local s = all[i + 1]
    local no = all[i] ~= dueField and tonumber(s)
    if no then
      local age, kept = (spanNo - no) % 4096, true
      if age >= oldest then
        local l = live[s]
        if l == nil then
          l = redis.call('EXISTS', base .. 'sd:' .. s) == 1
          live[s] = l
        end
        if not l then
          kept = false
          n = n + 1
          gone[n] = all[i]
        end
      end
      -- A live span past the age is looked at again the next span (in practice, the next day's first write).
      local at = spanNo + math.max(oldest - age, 1)
      if kept and (soon == nil or at < soon) then soon = at end
    end
  end
  if n > 0 then redis.call('HDEL', loc, unpack(gone)) end
  if soon then redis.call('HSET', loc, dueField, int(math.floor(soon * spanMs / 1000 / DAY_SECONDS))) end
end
local sn = tonumber(storyHandle, 36)
local spanNo = math.floor(nowMs / 1000 / STORY_SPAN_SECONDS)
-- Named by the span's number modulo 4096 (a listpack's 2-byte integer): a name comes round after 1,024 days,
-- long after its hash has expired.
local span = int(spanNo % 4096)
local loc, locField = base .. 'sl:' .. int(math.floor(sn / STORY_LOCS_PER_HASH)), int(sn % STORY_LOCS_PER_HASH)
local got = redis.call('HMGET', loc, locField, dueField)
local was, due = got[1], got[2]
if was ~= span then
  -- Moved out of an older span's hash, or out of its key of the layout before.
  if was then redis.call('HDEL', base .. 'sd:' .. was, storyHandle) else redis.call('UNLINK', base .. 'st:' .. int(sn)) end
  redis.call('HSET', loc, locField, span)
end
local sd = base .. 'sd:' .. span
local spanAt = (spanNo + 1) * STORY_SPAN_SECONDS * 1000 + tonumber(storyTtl)
-- Fields are the handles in base 36: up to 1.7 million stories, a field takes an 8-byte allocation (16 in decimal).
redis.call('HSET', sd, storyHandle, storySlot)
redis.call('PEXPIREAT', sd, int(spanAt))
-- A location hash lives as long as the last join of any of its stories, so one story that runs for months kept
-- the entries of its 127 neighbours, long gone, and the hash: the locations grew with the stream's age. A prune
-- drops the entries whose span hash has expired: a location that names no hash reads as no story, so nothing a
-- lookup finds changes. Only spans old enough to have expired by this reach are looked at (a hash kept longer by
-- another writer is kept): at most one EXISTS per span name. A prune reads the whole hash into Lua (~500,000
-- instructions), so it is done on a hash's first write of a day of the clock, and only from the day its
-- dueField names: a hash whose stories are all younger than the reach is not read at all. The hash's expiry is
-- the day's mark: the reach after the end of the day of its last write (never before its stories' span hashes:
-- a day is a whole number of spans), so an expiry that is not this day's says the day's first write.
local locAt = (tonumber(today) + 1) * DAY_SECONDS * 1000 + tonumber(storyTtl)
if redis.call('PEXPIRETIME', loc) ~= locAt then
  if not due or tonumber(due) <= tonumber(today) then pruneLocations(loc, spanNo, tonumber(storyTtl)) end
  redis.call('PEXPIREAT', loc, int(locAt))
end
append('post', storyBucket, storyMarks, storyShardAt, postings, sn, true)
if docBlock ~= '' then
  put(base .. 'doc:' .. docBlock, docOffset, docSlot, docAt)
  local n = tonumber(docHandle, 36)
  local ids = base .. 'did:' .. int(math.floor(n / IDS_PER_HASH))
  redis.call('HSET', ids, int(n % IDS_PER_HASH), docId)
  redis.call('PEXPIREAT', ids, docAt)
  local fp = base .. 'fp:' .. bucket .. ':' .. fpShard
  redis.call('HSET', fp, fingerprint, docHandle)
  append('lsh', bucket, docMarks, shardAt, bands, n, false)
  -- The bucket's count, from its base (read here only if this article had no bands); none yet: this index's.
  local lshPre = base .. 'lsh:' .. bucket .. ':'
  local c = shardCount
  if listBase(lshPre) then c = countOf[lshPre] end
  refresh(docMarks, fp, 2 * c + tonumber(fpShard), shardAt)
end
-- The marks are set after the writes, so a shard is never marked done without its expiry.
for _, m in ipairs({ docMarks, storyMarks }) do
  for pos in pairs(m.fresh) do redis.call('SETBIT', m.key, pos, 1) end
  if next(m.fresh) then redis.call('PEXPIREAT', m.key, int(nowMs + 2 * DAY_SECONDS * 1000)) end
end
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
-- The story's long-memory signature (story-memory.ts): appended to its bucket's shard, written whole with SET (an
-- APPEND keeps up to twice the string's length allocated for the next one).
if memKey ~= '' then
  local mk = base .. memKey
  local had = redis.call('GET', mk)
  redis.call('SET', mk, (had or '') .. memRecord, 'PXAT', int(nowMs + tonumber(memTtl)))
end
return 1
