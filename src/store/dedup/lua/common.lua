-- Helpers shared by the lookup, stories and commit scripts (loaded after the prelude, before the script).
-- Counted by hand: in Lua 5.1 a #t is a search, per part here (lists of a few hundred parts, several a script).
local function list(s)
  local p, n = {}, 0
  for x in string.gmatch(s, '[^,]+') do
    n = n + 1
    p[n] = x
  end
  return p
end
-- Handle lists (the values of "lsh:" and "post:" hashes), in the order they were posted, newest last. One handle
-- is an integer, which Redis keeps in its listpack in 2-5 bytes: -(d + 1 + LIST_BASE_SLACK) for its distance d
-- from the bucket's base (the first handle posted in the bucket, in "<kind>:<bucket>:base"), so that the
-- integer stays small (13 bits, 2 bytes, for the first 4,000 or so handles of a bucket) however large handles
-- grow. A handle further below the base (a batch of handles a process took long before), and several handles,
-- are tokens back to back: the handle in 7-bit groups, most significant first, the last group with its high bit
-- set (so such a list ends with a byte of 128 or more, and splits at C speed with tokenPattern). The layout
-- before was base-36 text, comma-separated; it is still read (a list that is neither), until its hash expires.
-- Each handle has one token whatever the layout it came in, so lookups count a handle by its token, as they
-- counted its text.
local tokenPattern = '[%z\1-\127]*[\128-\255]'
local function tok(n)
  local s = string.char(128 + n % 128)
  n = math.floor(n / 128)
  while n > 0 do
    s = string.char(n % 128) .. s
    n = math.floor(n / 128)
  end
  return s
end
local function untok(t)
  local n = 0
  for i = 1, #t do n = n * 128 + string.byte(t, i) % 128 end
  return n
end
-- A bucket's lists of one kind ("lsh:<bucket>:" or "post:<bucket>:") have a base key, set by the first write to
-- any of them and kept a day longer than they are: "<base>" for a bucket of LEGACY_SHARDS shards (the layout
-- before the count was recorded), "<base>:<shards>" for one of another count. So no base, no list: a read skips
-- the bucket (the buckets ahead of a stream that arrives in order are empty, a third of a lookup's reads). Read
-- once per script per bucket; false (and the legacy count) for none or for a value that does not parse.
local baseOf, countOf = {}, {}
local function setBase(pre, v)
  local b, c = false, LEGACY_SHARDS
  if v then
    local i = string.find(v, ':', 1, true)
    if i then
      b = tonumber(string.sub(v, 1, i - 1)) or false
      c = tonumber(string.sub(v, i + 1))
      if not c or c < 1 or c > 65536 or c ~= math.floor(c) then c = LEGACY_SHARDS end
    else
      b = tonumber(v) or false
    end
  end
  baseOf[pre] = b
  countOf[pre] = c
  return b
end
local function listBase(pre)
  local b = baseOf[pre]
  if b == nil then b = setBase(pre, redis.call('GET', pre .. 'base')) end
  return b
end
-- "shard,field,..." parts split for the caller's shard count (`shards`) re-split for a bucket of count c (the id
-- is field x shards + shard), kept in cache by count: only buckets written at another count need it.
local function splitFor(p, c, cache)
  local s = tonumber(shards)
  if c == s then return p end
  local q = cache[c]
  if q then return q end
  q = {}
  for i = 1, #p - 1, 2 do
    local id = tonumber(p[i + 1]) * s + tonumber(p[i])
    q[i] = string.format('%d', id % c)
    q[i + 1] = string.format('%d', math.floor(id / c))
  end
  cache[c] = q
  return q
end
-- A list of one handle h, given the bucket's base.
local function single(h, b)
  if b and h - b >= -LIST_BASE_SLACK then return string.format('%d', b - h - 1 - LIST_BASE_SLACK) end
  return tok(h)
end
-- The tokens of a list value in the bucket whose lists' keys start with pre, as an iterator.
local function tokens(v, pre)
  local last = string.byte(v, -1)
  if last and last >= 128 then return string.gmatch(v, tokenPattern) end
  local one = tonumber(v)
  if one and one < 0 then
    -- A base that has expired before its lists (which its longer expiry prevents) leaves them unread.
    -- Its one token, without a pattern iterator (most lists a lookup meets hold one handle).
    local b = listBase(pre)
    local t = b and tok(b - one - 1 - LIST_BASE_SLACK) or nil
    return function()
      local x = t
      t = nil
      return x
    end
  end
  -- The layout before; a part that is no base-36 handle (as a process of the version before leaves when it
  -- appends to a list of this layout during a rolling upgrade) is skipped rather than failing the script.
  local it = string.gmatch(v, '[^,]+')
  return function()
    for x in it do
      local n = tonumber(x, 36)
      if n and n >= 0 then return tok(n) end
    end
  end
end
-- The k handles (tokens) of xs with the highest score[x], ties to the lower handle when low_first (else
-- the higher), best first, as numbers: one pass with insertion into a short list, and only handles that reach
-- the list are converted. Written out without a comparator function: a full table.sort (or a closure call per
-- candidate) over the thousand candidates of a busy day costs ~0.2 ms. Callers count handles by their token:
-- a table keyed by the interned string needs no conversion per occurrence.
local function best(xs, score, k, low_first)
  local top, ts = {}, {}
  for j = 1, #xs do
    local x = xs[j]
    local s = score[x]
    local i = #top
    if i < k or s >= ts[i] then
      local n = untok(x)
      if i < k or s > ts[i] or (n < top[i]) == low_first then
        if i == k then top[i] = nil; ts[i] = nil; i = i - 1 end
        while i >= 1 and (s > ts[i] or (s == ts[i] and (n < top[i]) == low_first)) do
          top[i + 1] = top[i]; ts[i + 1] = ts[i]; i = i - 1
        end
        top[i + 1] = n; ts[i + 1] = s
      end
    end
  end
  return top
end
-- An integer as text. Lua 5.1 turns a number into text with printf's "%.14g", whose floating-point path is
-- slower than the integer path "%d" takes.
local function int(x) return string.format('%d', x) end
-- The clock expiries count from, in ms: the given time, or the server's ("" as most callers pass).
local function clockMs(given)
  if given ~= '' then return tonumber(given) end
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
-- BITFIELD arguments for 16-bit counters at offsets xs ("#n"): "op u16 x [tail]" per counter, after an optional
-- head, in chunks of 500 counters (even, so a term's two share a chunk): unpack() is bounded by Lua's C stack.
-- Indexes are counted by hand: in Lua 5.1 an ipairs() step or a #t is a call or a search, per argument here.
local function chunks(xs, op, tail, head)
  local out, n = {}, #xs
  for from = 1, n, 500 do
    local args, k = {}, 0
    if head then args[1] = head[1]; args[2] = head[2]; k = 2 end
    for i = from, math.min(n, from + 499) do
      args[k + 1] = op; args[k + 2] = 'u16'; args[k + 3] = xs[i]; k = k + 3
      if tail then k = k + 1; args[k] = tail end
    end
    out[#out + 1] = args
  end
  return out
end
-- "b1,b2" -> { "b1:", "b2:" }: the key-name parts of the buckets a lookup reads.
-- Buckets as "<d>:" key parts. A "+" marks a bucket ahead of the query's own (see bucketList in dedup-index.ts):
-- only there does a missing base mean an empty bucket; elsewhere it may be a bucket of the layout before the
-- compact lists (no base, 1,024 shards), which is read as written.
local ahead = {}
local function bucketPrefixes(s)
  local d = list(s)
  for i = 1, #d do
    local x = d[i]
    if string.sub(x, -1) == '+' then
      x = string.sub(x, 1, -2) .. ':'
      ahead[x] = true
    else
      x = x .. ':'
    end
    d[i] = x
  end
  return d
end
-- Whether bucket d's lists of one kind (prefix pre) are worth reading: it has a base, or it is not ahead and the
-- index is older than its first handles' marker ("born": an index born since holds no list without a base).
local born = nil
local function readable(pre, d)
  if listBase(pre) then return true end
  if ahead[d] then return false end
  if born == nil then born = redis.call('EXISTS', base .. 'born') == 1 end
  return not born
end
-- A story's slot: in the hash of the span of its last join ("sd:<span>"), which its entry in "sl:" names. A story
-- quiet for longer than the reach has expired: false, which the reader leaves out. One with no entry may be a
-- slot of the layout before (a key per story, "st:<handle>"), read until it expires.
local digits36 = '0123456789abcdefghijklmnopqrstuvwxyz'
-- A handle in base 36, as the caller passes it (tonumber(x, 36) the other way).
local function base36(n)
  local s = ''
  repeat
    local d = n % 36
    s = string.sub(digits36, d + 1, d + 1) .. s
    n = math.floor(n / 36)
  until n == 0
  return s
end
local function loadStory(n)
  local span = redis.call('HGET', base .. 'sl:' .. int(math.floor(n / STORY_LOCS_PER_HASH)), int(n % STORY_LOCS_PER_HASH))
  if span then return redis.call('HGET', base .. 'sd:' .. span, base36(n)) end
  return redis.call('GET', base .. 'st:' .. int(n))
end
-- Stories posted under the query (shard and field per term in p, split for `shards`, and an integer weight per
-- term) in buckets ds, each term counted once per story, ranked as rankStories() ranks them: { stories posted,
-- { handle, slot, ... } of the best }. Buckets without lists are skipped; each is read at its own shard count.
local function stories(ds, p, weights, limit)
  -- mark[x] = i counts a handle once per term (i) without a table per term.
  local w, mark, seen, pres, qs, cache = {}, {}, {}, {}, {}, {}
  local ns = 0
  for _, d in ipairs(ds) do
    local pre = base .. 'post:' .. d
    if readable(pre, d) then
      pres[#pres + 1] = pre
      qs[#qs + 1] = splitFor(p, countOf[pre], cache)
    end
  end
  local nb = #pres
  for i = 1, #weights do
    local wt = weights[i]
    for j = 1, nb do
      local pre, q = pres[j], qs[j]
      local v = redis.call('HGET', pre .. q[2 * i - 1], q[2 * i])
      if v then
        for x in tokens(v, pre) do
          if mark[x] ~= i then
            mark[x] = i
            local c = w[x]
            if c then
              w[x] = c + wt
            else
              w[x] = wt
              ns = ns + 1
              seen[ns] = x
            end
          end
        end
      end
    end
  end
  local out = {}
  for _, n in ipairs(best(seen, w, limit, true)) do
    out[#out + 1] = n
    out[#out + 1] = loadStory(n)
  end
  return { ns, out }
end
-- The document frequencies of terms (their sketch counters "#a,#b,..." in dfCounters, two per term) over the
-- current and previous generations, and the articles those counted: the lookup's and documentFrequencies' read.
local function readDf(dfGeneration, dfCounters)
  local g = math.floor(tonumber(redis.call('GET', base .. 'dfs:count') or '0') / tonumber(dfGeneration))
  -- A generation that counted no article has no terms to read (the previous one, for a young index).
  local gens = {}
  local docs = 0
  for _, gk in ipairs({ base .. 'dfs:' .. int(g - 1), base .. 'dfs:' .. int(g) }) do
    local n = tonumber(redis.call('GET', gk .. ':n') or '0')
    if n > 0 then docs = docs + n; gens[#gens + 1] = gk end
  end
  -- Two counters per term (DfSketch in index-types.ts): the smaller, summed over the generations.
  local df = {}
  local p = list(dfCounters)
  for i = 1, #p / 2 do df[i] = 0 end
  local gets = chunks(p, 'GET')
  for _, gk in ipairs(gens) do
    local i = 1
    for _, args in ipairs(gets) do
      local c = redis.call('BITFIELD', gk, unpack(args))
      for j = 1, #c - 1, 2 do
        local x, y = c[j], c[j + 1]
        if x < y then df[i] = df[i] + x else df[i] = df[i] + y end
        i = i + 1
      end
    end
  end
  return docs, df
end
