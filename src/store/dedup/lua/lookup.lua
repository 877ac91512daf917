-- One article's lookup: its exact match by fingerprint, its near-duplicate candidates by LSH band, the
-- document frequencies of its terms, and (unless the fingerprint matched) the stories of its story query.
-- Answers { DF articles, { df... }, { handle, slot, id } of the exact match or {}, { handle, slot, id, ... } of
-- the near candidates[, stories posted, { handle, slot, ... } of the best stories] }. Band ranking: same rule as
-- rankBandHits() in index-types.ts.
local ds = bucketPrefixes(buckets)
local function doc(n, out)
  local off = (n % DOCS_PER_BLOCK) * DOC_SLOT
  out[#out + 1] = n
  out[#out + 1] = redis.call('GETRANGE', base .. 'doc:' .. int(math.floor(n / DOCS_PER_BLOCK)), off, off + DOC_SLOT - 1)
  out[#out + 1] = redis.call('HGET', base .. 'did:' .. int(math.floor(n / IDS_PER_HASH)), int(n % IDS_PER_HASH))
end
local exact = {}
if fingerprint ~= '' then
  for _, d in ipairs(ds) do
    -- One call for both fields: the 8 bytes, and the hex text of the layout before.
    local both = redis.call('HMGET', base .. 'fp:' .. d .. fpShard, fingerprint, fpText)
    local v = both[1] or both[2]
    if v then doc(tonumber(v, 36), exact) break end
  end
end
local counts, seen, ns = {}, {}, 0
local b = list(bands)
-- Bucket by bucket (counts are order-free), each at its own shard count; an empty bucket ahead is skipped.
local cache = {}
for _, d in ipairs(ds) do
  local pre = base .. 'lsh:' .. d
  if #b > 0 and readable(pre, d) then
    local q = splitFor(b, countOf[pre], cache)
    for i = 1, #q - 1, 2 do
      local v = redis.call('HGET', pre .. q[i], q[i + 1])
      if v then
        for x in tokens(v, pre) do
          local c = counts[x]
          if c then
            counts[x] = c + 1
          else
            counts[x] = 1
            ns = ns + 1
            seen[ns] = x
          end
        end
      end
    end
  end
end
local top = best(seen, counts, BAND_CANDIDATES, false)
table.sort(top)
local near = {}
for _, n in ipairs(top) do doc(n, near) end
local docs, df = readDf(dfGeneration, dfCounters)
-- The story query, chosen as chooseStoryQuery() in story-vector.ts chooses it (this is its twin: same weights,
-- same order, same rounding, same constants), then the stories. A fingerprint match needs none.
if termFactors == '' or #exact > 0 then return { docs, df, exact, near } end
local f = list(termFactors)
local prior = tonumber(idfPrior)
-- The strongest terms, heaviest first, ties to the lower position (terms come ordered by id, so the lower
-- position breaks ties as the lower id does in strongestTerms()). Sorted as plain numbers, which table.sort
-- compares in C: a comparator (or best()) calls Lua a few hundred times per article. Equal weights chain
-- from the first position holding them.
local wt, vals, first, last, nextOf = {}, {}, {}, {}, {}
local nv = 0
for i = 1, #df do
  -- idf() in story-vector.ts, with the prior of the deduper's options
  local w = tonumber(f[i]) * (math.log((docs + 1 + prior) / (df[i] + 1)) + 1)
  wt[i] = w
  local l = last[w]
  if l then
    nextOf[l] = i
  else
    first[w] = i
    nv = nv + 1
    vals[nv] = -w
  end
  last[w] = i
end
table.sort(vals)
local kept = {}
for _, v in ipairs(vals) do
  local i = first[-v]
  while i and #kept < VECTOR_TERMS do kept[#kept + 1] = i; i = nextOf[i] end
  if #kept >= VECTOR_TERMS then break end
end
local function usable(i) return docs < QUERY_SHARE_MIN_DOCS or df[i] / docs <= MAX_QUERY_SHARE end
local picked, isPicked = {}, {}
for _, i in ipairs(kept) do
  if #picked >= QUERY_TERMS then break end
  if usable(i) then picked[#picked + 1] = i; isPicked[i] = true end
end
local keys = 0
for _, i in ipairs(kept) do
  if keys >= KEY_TERMS then break end
  if string.byte(termKeys, i) == 49 then
    keys = keys + 1
    if usable(i) and not isPicked[i] then picked[#picked + 1] = i; isPicked[i] = true end
  end
end
-- Shards and fields come as text: a number made text for a key or an argument costs Redis a printf.
-- Shard and field of the picked terms only (some 30 of a few hundred), split as RedisDedupIndex.split() splits.
local ids = list(termIds)
local s = tonumber(shards)
local qp, qw = {}, {}
for j, i in ipairs(picked) do
  local id = tonumber(ids[i])
  qp[2 * j - 1] = int(id % s)
  qp[2 * j] = int(math.floor(id / s))
  qw[j] = math.floor(wt[i] * 1000 + 0.5)
end
local found = stories(bucketPrefixes(storyBuckets), qp, qw, tonumber(storyLimit))
return { docs, df, exact, near, found[1], found[2] }
