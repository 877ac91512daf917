// The dedup index in Redis (see src/dedup/index-types.ts for what it answers). Laid out for memory, since it
// holds every article of the story window:
//   dedup:doc:<block>        string of fixed-size slots: time, story, shingle count, MinHash of shingles and of facts
//   dedup:story:<block>      string of fixed-size slots: story id, span, size, centroid (48 term ids + byte weights)
//   dedup:did:<block>        hash  slot -> article id
//   dedup:fp:<bucket>:<shard>   hash  fingerprint -> article handle
//   dedup:lsh:<bucket>:<shard>  hash  band id -> article handles (capped list)
//   dedup:post:<bucket>:<shard> hash  term id -> story handles (capped list)
//   dedup:dfs:<generation>   string of 16-bit counters: the document-frequency sketch of a generation of
//                            100,000 articles (two kept; see DF_SKETCH), with dedup:dfs:<generation>:n its articles
//   dedup:dfs:count          the articles counted, which says the generation
//   dedup:ttl:<bucket>:<day>    bitmap of the bucket's shards whose expiry was refreshed that day (server clock)
// Small hashes stay in Redis's listpack encoding (a few bytes per entry), slots cost no per-entry overhead,
// and every key is refreshed on write to expire two days after the window that can still read it (the sharded
// hashes once a day, with a day more to make up for it). Buckets span
// the window plus a day (see bucketMs), so lookups read one field per band or term in at most two buckets:
// O(bands), never a scan.
// Each call of the index is one Lua script (one round trip) that builds its key names itself from the prefix,
// bucket and shard: a hundred key-name arguments cost the client more CPU than the server spends on the reads.
// That needs a standalone Redis (or one slot); the app's keys carry no hash tags for a cluster anyway.
import type { Redis } from 'ioredis';
import { DeltafeedError } from '../errors.js';
import {
  BAND_CANDIDATES,
  bucketOf,
  bucketRange,
  DAY_MS,
  DF_GENERATION,
  dfSlots,
  LIST_MAX_CHARS,
  STORY_ID,
  type DedupIndex,
  type DocHit,
  type IndexCommit,
  type LookupQuery,
  type LookupResult,
  type StoryCandidates,
  type StoryCentroid,
  type StoryQuery,
  type TimeWindow,
} from '../dedup/index-types.js';
import { FACT_PERMUTATIONS, MINHASH } from '../dedup/fingerprint.js';
import { IDF_PRIOR_DOCS, KEY_TERMS, STORY_PARAMS } from '../dedup/story-vector.js';
import { key, type StoreCtx } from './context.js';

export class DedupIndexError extends DeltafeedError {
  constructor(message: string) {
    super('DEDUP_INDEX', message);
  }
}

export interface RedisDedupIndexOptions {
  /**
   * Hash shards per bucket for bands and postings (default 1024): about (articles per bucket x 21) / 100 keeps
   * them in Redis's compact encoding; a bucket spans the story window plus a day.
   */
  shards?: number;
  /** Articles per document-frequency generation (see DF_GENERATION); for tests. */
  dfGeneration?: number;
}

const SIG = MINHASH.permutations;
const FACTS = FACT_PERMUTATIONS;
// time(4) story(4) storyId(6) shingles(2) signature(2 x 64) factCount(1) facts(1 x 16)
const FACTS_AT = 16 + SIG * 2;
const DOC_SLOT = FACTS_AT + 1 + FACTS;
const TERMS = STORY_PARAMS.centroidTerms;
// storyId(6) first(4) last(4) size(4) count(1) terms(4 x 48) weights(1 x 48)
const STORY_SLOT = 19 + TERMS * 5;
// Blocks sized to fill one allocator size class with the string header, allocated whole on first write:
// growing a string with SETRANGE would double its allocation each time.
const BLOCK_BYTES = 40_960 - 64;
const DOCS_PER_BLOCK = Math.floor(BLOCK_BYTES / DOC_SLOT);
const STORIES_PER_BLOCK = Math.floor(BLOCK_BYTES / STORY_SLOT);
const IDS_PER_HASH = 128;
/** Shards of the exact document frequencies that earlier versions kept (dropped on first write, see COMMIT). */
const OLD_DF_SHARDS = 16_384;
const FP_SHARDS = 64;
const HANDLE_BATCH = 64;

// Each call of the index is one script: one round trip, and no client-side pipeline objects (ioredis builds a
// heavy one per pipeline).
// Arguments are packed into comma-separated strings: hundreds of small arguments cost the client more than
// the server spends splitting one string. Key names are built in the scripts from the base ("<prefix>:dedup:").
const COMMON = `
local base = ARGV[1]
local function list(s)
  local p = {}
  for x in string.gmatch(s, '[^,]+') do p[#p + 1] = x end
  return p
end
-- The k handles (base-36 text) of xs with the highest score[x], ties to the lower handle when low_first (else
-- the higher), best first, as numbers: one pass with insertion into a short list, and only handles that reach
-- the list are converted. Written out without a comparator function: a full table.sort (or a closure call per
-- candidate) over the thousand candidates of a busy day costs ~0.2 ms. Callers count handles by their text:
-- a table keyed by the interned string needs no conversion per occurrence.
local function best(xs, score, k, low_first)
  local top, ts = {}, {}
  for _, x in ipairs(xs) do
    local s = score[x]
    local i = #top
    if i < k or s >= ts[i] then
      local n = tonumber(x, 36)
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
-- An integer as text. Lua 5.1 turns a number into text with printf's "%.14g", whose floating-point path was
-- 2-3% of the server's CPU in a profile of the bench; "%d" takes printf's integer path.
local function int(x) return string.format('%d', x) end
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
local function buckets(s)
  local d = list(s)
  for i = 1, #d do d[i] = d[i] .. ':' end
  return d
end
-- Stories posted under the query (shard, field and integer weight per term) in buckets ds, each term counted
-- once per story, ranked as rankStories() ranks them: { stories posted, { handle, slot, ... } of the best }.
local function stories(ds, shards, fields, weights, limit, perBlock, slot)
  -- mark[x] = i counts a handle once per term (i) without a table per term.
  local w, mark, seen = {}, {}, {}
  for i = 1, #shards do
    local wt = weights[i]
    for _, d in ipairs(ds) do
      local v = redis.call('HGET', base .. 'post:' .. d .. shards[i], fields[i])
      if v then
        for x in string.gmatch(v, '[^,]+') do
          if mark[x] ~= i then
            mark[x] = i
            local c = w[x]
            if c then w[x] = c + wt else w[x] = wt; seen[#seen + 1] = x end
          end
        end
      end
    end
  end
  local out = {}
  for _, n in ipairs(best(seen, w, limit, true)) do
    local off = (n % perBlock) * slot
    out[#out + 1] = n
    out[#out + 1] = redis.call('GETRANGE', base .. 'story:' .. int(math.floor(n / perBlock)), off, off + slot - 1)
  end
  return { #seen, out }
end
`;

// ARGV: base, buckets, fingerprint "shard,field" or "", bands "shard,field,...", band candidates, docs per block,
// doc slot size, ids per hash, DF generation size, DF counters "#a,#b,..." (two per term, terms ordered by id),
// and for the stories ("" for none): "factor,key,..." and posting "shard,field,..." parallel to the terms, limit,
// stories per block, story slot size.
// Answers { DF articles, { df... }, { handle, slot, id } of the exact match or {}, { handle, slot, id, ... } of
// the near candidates[, stories posted, { handle, slot, ... } of the best stories] }. Band ranking: same rule as
// rankBandHits() in index-types.ts.
const LOOKUP = `${COMMON}
local ds = buckets(ARGV[2])
local perBlock, slot, perHash = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8])
local function doc(n, out)
  local off = (n % perBlock) * slot
  out[#out + 1] = n
  out[#out + 1] = redis.call('GETRANGE', base .. 'doc:' .. int(math.floor(n / perBlock)), off, off + slot - 1)
  out[#out + 1] = redis.call('HGET', base .. 'did:' .. int(math.floor(n / perHash)), int(n % perHash))
end
local exact = {}
if ARGV[3] ~= '' then
  local f = list(ARGV[3])
  for _, d in ipairs(ds) do
    local v = redis.call('HGET', base .. 'fp:' .. d .. f[1], f[2])
    if v then doc(tonumber(v, 36), exact) break end
  end
end
local counts, seen = {}, {}
local b = list(ARGV[4])
for i = 1, #b - 1, 2 do
  for _, d in ipairs(ds) do
    local v = redis.call('HGET', base .. 'lsh:' .. d .. b[i], b[i + 1])
    if v then
      for x in string.gmatch(v, '[^,]+') do
        local c = counts[x]
        if c then counts[x] = c + 1 else counts[x] = 1; seen[#seen + 1] = x end
      end
    end
  end
end
local top = best(seen, counts, tonumber(ARGV[5]), false)
table.sort(top)
local near = {}
for _, n in ipairs(top) do doc(n, near) end
local g = math.floor(tonumber(redis.call('GET', base .. 'dfs:count') or '0') / tonumber(ARGV[9]))
-- A generation that counted no article has no terms to read (the previous one, for a young index).
local gens = {}
local docs = 0
for _, gk in ipairs({ base .. 'dfs:' .. int(g - 1), base .. 'dfs:' .. int(g) }) do
  local n = tonumber(redis.call('GET', gk .. ':n') or '0')
  if n > 0 then docs = docs + n; gens[#gens + 1] = gk end
end
-- Two counters per term (DfSketch in index-types.ts): the smaller, summed over the generations.
local df = {}
local p = list(ARGV[10])
for i = 1, #p / 2 do df[i] = 0 end
local gets = chunks(p, 'GET')
for _, gk in ipairs(gens) do
  local i = 1
  for _, args in ipairs(gets) do
    local c = redis.call('BITFIELD', gk, unpack(args))
    for j = 1, #c - 1, 2 do
      local a, b = c[j], c[j + 1]
      if a < b then df[i] = df[i] + a else df[i] = df[i] + b end
      i = i + 1
    end
  end
end
-- The story query, chosen as chooseStoryQuery() in story-vector.ts chooses it (this is its twin: same weights,
-- same order, same rounding), then the stories. A fingerprint match needs none.
if ARGV[11] == '' or #exact > 0 then return { docs, df, exact, near } end
local f = list(ARGV[11])
-- The strongest terms, heaviest first, ties to the lower position (terms come ordered by id, so the lower
-- position breaks ties as the lower id does in strongestTerms()). Sorted as plain numbers, which table.sort
-- compares in C: a comparator (or best()) calls Lua a few hundred times per article. Equal weights chain
-- from the first position holding them.
local wt, vals, first, last, nextOf = {}, {}, {}, {}, {}
for i = 1, #df do
  local w = tonumber(f[2 * i - 1]) * (math.log((docs + 1 + ${IDF_PRIOR_DOCS}) / (df[i] + 1)) + 1)
  wt[i] = w
  local l = last[w]
  if l then nextOf[l] = i else first[w] = i; vals[#vals + 1] = -w end
  last[w] = i
end
table.sort(vals)
local kept = {}
for _, v in ipairs(vals) do
  local i = first[-v]
  while i and #kept < ${STORY_PARAMS.vectorTerms} do kept[#kept + 1] = i; i = nextOf[i] end
  if #kept >= ${STORY_PARAMS.vectorTerms} then break end
end
local function usable(i) return docs < 30 or df[i] / docs <= ${STORY_PARAMS.maxQueryShare} end
local picked, isPicked = {}, {}
for _, i in ipairs(kept) do
  if #picked >= ${STORY_PARAMS.queryTerms} then break end
  if usable(i) then picked[#picked + 1] = i; isPicked[i] = true end
end
local keys = 0
for _, i in ipairs(kept) do
  if keys >= ${KEY_TERMS} then break end
  if f[2 * i] == '1' then
    keys = keys + 1
    if usable(i) and not isPicked[i] then picked[#picked + 1] = i; isPicked[i] = true end
  end
end
-- Shards and fields come as text: a number made text for a key or an argument costs Redis a printf.
local pp = list(ARGV[12])
local qs, qf, qw = {}, {}, {}
for j, i in ipairs(picked) do
  qs[j] = pp[2 * i - 1]
  qf[j] = pp[2 * i]
  qw[j] = math.floor(wt[i] * 1000 + 0.5)
end
local found = stories(ds, qs, qf, qw, tonumber(ARGV[13]), tonumber(ARGV[14]), tonumber(ARGV[15]))
return { docs, df, exact, near, found[1], found[2] }`;

// ARGV: base, buckets, "shard,field,weight,..." (integer weights), limit, stories per block, story slot size.
// Answers { stories posted, { handle, slot, ... } of the best `limit` }. Same rule as rankStories().
const STORIES = `${COMMON}
local t = list(ARGV[3])
local shards, fields, weights = {}, {}, {}
for i = 1, #t - 2, 3 do
  shards[#shards + 1] = t[i]; fields[#fields + 1] = t[i + 1]; weights[#weights + 1] = tonumber(t[i + 2])
end
return stories(buckets(ARGV[2]), shards, fields, weights, tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]))`;

// ARGV: base, ttl, bucket, block size, list cap,
//   story: block, offset, slot, handle (base 36), postings "shard,field,...";
//   doc (block "" for none): block, offset, slot, handle (base 36), id, fingerprint shard, fingerprint, bands;
//   DF: generation size, shard count of the exact counts of earlier versions, counters "#a,#b,...";
//   shard hashes' TTL, shards per bucket.
// Capped lists follow appendCapped() in index-types.ts. Slots live in strings allocated whole on first write:
// growing a string with SETRANGE would double its allocation each time. The first article of a DF generation
// drops the generation before the previous one (its sketch and its count): DF memory stays bounded.
const COMMIT = `${COMMON}
-- Numbers that only pass through to Redis (ttl, offsets) stay text: a number made text costs Redis a printf.
local ttl, bucket, block, cap = ARGV[2], ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5])
-- The bucket's sharded hashes (bands, postings, fingerprints) get their expiry once a day, not on every write:
-- a bitmap per bucket and day of the server's clock marks the shards done, and their TTL is a day longer to
-- make up for it. That saves about 37 EXPIRE calls per article, a sixth of this script's calls.
local shardTtl, shards = ARGV[22], tonumber(ARGV[23])
local marks = base .. 'ttl:' .. bucket .. ':' .. int(math.floor(tonumber(redis.call('TIME')[1]) / 86400))
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
  if redis.call('EXISTS', k) == 0 then redis.call('SET', k, string.rep('\\0', block)) end
  redis.call('SETRANGE', k, off, data)
  redis.call('EXPIRE', k, ttl)
end
local function append(kind, pairs, item, first)
  local p = list(pairs)
  local pre = base .. kind .. ':' .. bucket .. ':'
  for i = 1, #p - 1, 2 do
    local k = pre .. p[i]
    local f = p[i + 1]
    -- A new field (most bands) costs one call; a list already holding the item is left as it is.
    if redis.call('HSETNX', k, f, item) == 0 then
      local v = redis.call('HGET', k, f)
      if not string.find(',' .. v .. ',', ',' .. item .. ',', 1, true) then
        v = v .. ',' .. item
        while #v > cap do
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
put(base .. 'story:' .. ARGV[6], ARGV[7], ARGV[8])
append('post', ARGV[10], ARGV[9], shards)
if ARGV[11] ~= '' then
  put(base .. 'doc:' .. ARGV[11], ARGV[12], ARGV[13])
  local n = tonumber(ARGV[14], 36)
  local ids = base .. 'did:' .. int(math.floor(n / ${IDS_PER_HASH}))
  redis.call('HSET', ids, int(n % ${IDS_PER_HASH}), ARGV[15])
  redis.call('EXPIRE', ids, ttl)
  local fp = base .. 'fp:' .. bucket .. ':' .. ARGV[16]
  redis.call('HSET', fp, ARGV[17], ARGV[14])
  refresh(fp, 2 * shards + tonumber(ARGV[16]))
  append('lsh', ARGV[18], ARGV[14], 0)
end
-- The marks are set after the writes, so a shard is never marked done without its expiry.
for pos in pairs(fresh) do redis.call('SETBIT', marks, pos, 1) end
if next(fresh) then redis.call('EXPIRE', marks, 2 * 86400) end
local size = tonumber(ARGV[19])
local total = redis.call('INCR', base .. 'dfs:count') - 1
local g = math.floor(total / size)
if total == 0 then
  -- The first article of this layout: drop the exact counts of an index written by an earlier version (a
  -- hash per shard and generation, "df:<generation>:<shard>"), which nothing reads or expires any more.
  local old = tonumber(redis.call('GET', base .. 'df:count') or '-1')
  if old >= 0 then
    local og = math.floor(old / size)
    for _, gen in ipairs({ og - 1, og }) do
      local pre = base .. 'df:' .. int(gen) .. ':'
      for s = 0, tonumber(ARGV[20]) - 1 do redis.call('UNLINK', pre .. int(s)) end
      redis.call('UNLINK', pre .. 'n')
    end
    redis.call('UNLINK', base .. 'df:count')
  end
end
if total % size == 0 and g >= 2 then
  redis.call('UNLINK', base .. 'dfs:' .. int(g - 2), base .. 'dfs:' .. int(g - 2) .. ':n')
end
local gk = base .. 'dfs:' .. int(g)
for _, args in ipairs(chunks(list(ARGV[21]), 'INCRBY', '1', { 'OVERFLOW', 'SAT' })) do
  redis.call('BITFIELD', gk, unpack(args))
end
redis.call('INCR', gk .. ':n')
return 1`;

// ARGV: fingerprint hash key, fingerprint, original handle (base 36), ttl.
const DUPLICATE = `
redis.call('HSETNX', ARGV[1], ARGV[2], ARGV[3])
redis.call('EXPIRE', ARGV[1], ARGV[4])
return 1`;

type Reply = number | Buffer | null | Reply[];
type Scripted = Redis & {
  dedupLookupBuffer(...args: (string | number)[]): Promise<Reply[]>;
  dedupStoriesBuffer(...args: (string | number)[]): Promise<Reply[]>;
  dedupCommit(...args: (string | number | Buffer)[]): Promise<number>;
  dedupDuplicate(...args: (string | number)[]): Promise<number>;
};

function scripted(redis: Redis): Scripted {
  const r = redis as Scripted;
  if (typeof r.dedupLookupBuffer !== 'function') {
    redis.defineCommand('dedupLookup', { lua: LOOKUP, numberOfKeys: 0 });
    redis.defineCommand('dedupStories', { lua: STORIES, numberOfKeys: 0 });
    redis.defineCommand('dedupCommit', { lua: COMMIT, numberOfKeys: 0 });
    redis.defineCommand('dedupDuplicate', { lua: DUPLICATE, numberOfKeys: 0 });
  }
  return r;
}

const ttlSeconds = (at: TimeWindow) => Math.ceil((at.windowMs + 2 * DAY_MS) / 1000);
/** The sharded hashes' expiry is refreshed once a day (see COMMIT), so they get a day more. */
const shardTtlSeconds = (at: TimeWindow) => ttlSeconds(at) + DAY_MS / 1000;
/** Times are stored as unsigned 32-bit minutes since the epoch (1970 to about 10136). */
const minutes = (ms: number) => {
  const m = Math.floor(ms / 60_000);
  if (!(m >= 0 && m <= 0xffffffff))
    throw new DedupIndexError(
      `time ${ms} cannot be stored (before 1970 or after 9999); use the fetch time for such dates`,
    );
  return m;
};

const fpShard = (fingerprint: string) => parseInt(fingerprint.slice(0, 4), 16) % FP_SHARDS;

function storyIdBytes(id: string): Buffer {
  if (!STORY_ID.test(id)) throw new DedupIndexError(`story id ${JSON.stringify(id)} is not "s-" and 12 hex digits`);
  return Buffer.from(id.slice(2), 'hex');
}

export class RedisDedupIndex implements DedupIndex {
  private readonly redis: Scripted;
  private readonly shards: number;
  private readonly shardBits: number;
  private readonly dfGeneration: number;
  // Handles are taken from Redis counters a batch at a time: one INCRBY per 64 articles instead of a round
  // trip each. Several processes get disjoint batches; a batch left unused by a stopped process only leaves
  // unused slots.
  private readonly reserved = new Map<string, { next: number; end: number }>();

  constructor(
    private readonly ctx: StoreCtx,
    opts: RedisDedupIndexOptions = {},
  ) {
    this.redis = scripted(ctx.redis);
    // A power of two, so that shard and field split one 31-bit id without losing bits.
    this.shardBits = Math.max(0, Math.min(16, Math.round(Math.log2(opts.shards ?? 1024))));
    this.shards = 1 << this.shardBits;
    this.dfGeneration = opts.dfGeneration ?? DF_GENERATION;
  }

  private async handle(kind: 'doc' | 'story'): Promise<number> {
    const r = this.reserved.get(kind);
    if (r && r.next <= r.end) return r.next++;
    const end = await this.redis.incrby(this.k('seq', kind), HANDLE_BATCH);
    this.reserved.set(kind, { next: end - HANDLE_BATCH + 2, end });
    return end - HANDLE_BATCH + 1;
  }

  private k(...parts: (string | number)[]): string {
    return key(this.ctx, 'dedup', ...parts);
  }

  /** Shard and field of a 31-bit id in a bucket's sharded hashes. */
  private split(ids: readonly number[]): number[] {
    const out: number[] = [];
    for (const id of ids) out.push(id & (this.shards - 1), id >>> this.shardBits);
    return out;
  }

  /** The sketch counters of the terms, as BITFIELD offsets of 16-bit counters ("#slot"). */
  private static dfOffsets(terms: readonly number[]): string {
    const parts: string[] = [];
    for (const t of terms) {
      const [a, b] = dfSlots(t);
      parts.push(`#${a}`, `#${b}`);
    }
    return parts.join(',');
  }

  /** Article hits from the { handle, slot, id, ... } triples a script answers; empty slots left out. */
  private static docs(triples: Reply): DocHit[] {
    const out: DocHit[] = [];
    if (!Array.isArray(triples)) return out;
    // One buffer for all the signatures: every off-heap buffer is swept by each young-generation collection.
    const signatures = new Uint16Array(SIG * Math.floor(triples.length / 3));
    for (let i = 0; i + 2 < triples.length; i += 3) {
      const [n, slot, id] = [triples[i], triples[i + 1], triples[i + 2]];
      if (typeof n !== 'number' || !(slot instanceof Buffer) || slot.length < DOC_SLOT || !(id instanceof Buffer))
        continue;
      const storyKey = slot.readUInt32BE(4);
      if (!storyKey) continue;
      const signature = signatures.subarray((i / 3) * SIG, (i / 3 + 1) * SIG);
      for (let j = 0; j < SIG; j++) signature[j] = slot.readUInt16BE(16 + j * 2);
      out.push({
        key: n,
        id: id.toString(),
        storyKey,
        storyId: `s-${slot.subarray(8, 14).toString('hex')}`,
        time: slot.readUInt32BE(0) * 60_000,
        shingles: slot.readUInt16BE(14),
        signature,
        factCount: slot[FACTS_AT]!,
        facts: Uint8Array.from(slot.subarray(FACTS_AT + 1, FACTS_AT + 1 + FACTS)),
      });
    }
    return out;
  }

  private static story(n: number, slot: Reply): StoryCentroid | null {
    if (!(slot instanceof Buffer) || slot.length < STORY_SLOT) return null;
    const size = slot.readUInt32BE(14);
    const count = slot[18]!;
    if (!size) return null;
    // Sized up front: arrays grown by push leave garbage behind on every lookup.
    const terms = new Array<number>(count);
    const weights = new Array<number>(count);
    for (let j = 0; j < count; j++) {
      terms[j] = slot.readUInt32BE(19 + j * 4);
      weights[j] = slot[19 + TERMS * 4 + j]! / 255;
    }
    return {
      key: n,
      id: `s-${slot.subarray(0, 6).toString('hex')}`,
      first: slot.readUInt32BE(6) * 60_000,
      last: slot.readUInt32BE(10) * 60_000,
      size,
      terms,
      weights,
    };
  }

  async lookup(q: LookupQuery, at: TimeWindow): Promise<LookupResult> {
    const fp = q.fingerprint === null ? '' : `${fpShard(q.fingerprint)},${q.fingerprint}`;
    const storyArgs: (string | number)[] = [''];
    if (q.stories && q.terms.length) {
      const { factors, keys, limit } = q.stories;
      // String(x) is the shortest text that reads back as the same double, so the script weighs exactly as JS does.
      const parts: string[] = [];
      for (let i = 0; i < q.terms.length; i++) parts.push(String(factors[i]), keys[i] ? '1' : '0');
      storyArgs.splice(0, 1, parts.join(','), this.split(q.terms).join(','), limit, STORIES_PER_BLOCK, STORY_SLOT);
    }
    const [docs, df, exact, near, posted, slots] = await this.redis.dedupLookupBuffer(
      this.k(''),
      bucketRange(at).join(','),
      fp,
      this.split(q.bands).join(','),
      BAND_CANDIDATES,
      DOCS_PER_BLOCK,
      DOC_SLOT,
      IDS_PER_HASH,
      this.dfGeneration,
      RedisDedupIndex.dfOffsets(q.terms),
      ...storyArgs,
    );
    if (typeof docs !== 'number' || !Array.isArray(df))
      throw new DedupIndexError('unexpected answer from the lookup script');
    return {
      exact: RedisDedupIndex.docs(exact ?? null)[0] ?? null,
      near: RedisDedupIndex.docs(near ?? null),
      docs,
      df: df.map(Number),
      stories: posted === undefined ? null : RedisDedupIndex.storyCandidates(posted, slots ?? null),
    };
  }

  private static storyCandidates(posted: Reply, slots: Reply): StoryCandidates {
    const stories: StoryCentroid[] = [];
    if (Array.isArray(slots)) {
      for (let i = 0; i + 1 < slots.length; i += 2) {
        const s = typeof slots[i] === 'number' ? RedisDedupIndex.story(slots[i] as number, slots[i + 1] ?? null) : null;
        if (s) stories.push(s);
      }
    }
    return { posted: typeof posted === 'number' ? posted : 0, stories };
  }

  async findStories(q: StoryQuery, at: TimeWindow, limit: number): Promise<StoryCandidates> {
    if (!q.terms.length) return { posted: 0, stories: [] };
    const pairs = this.split(q.terms);
    const triples: number[] = [];
    q.weights.forEach((w, i) => triples.push(pairs[2 * i]!, pairs[2 * i + 1]!, Math.round(w)));
    const [posted, slots] = await this.redis.dedupStoriesBuffer(
      this.k(''),
      bucketRange(at).join(','),
      triples.join(','),
      limit,
      STORIES_PER_BLOCK,
      STORY_SLOT,
    );
    return RedisDedupIndex.storyCandidates(posted ?? null, slots ?? null);
  }

  async addDuplicate(fingerprint: string, original: DocHit, at: TimeWindow): Promise<void> {
    await this.redis.dedupDuplicate(
      this.k('fp', bucketOf(at), fpShard(fingerprint)),
      fingerprint,
      original.key.toString(36),
      shardTtlSeconds(at),
    );
  }

  async commit(c: IndexCommit, at: TimeWindow): Promise<void> {
    // Validated before any handle is taken or anything written.
    const storyBytes = storyIdBytes(c.story.id);
    const sk = c.story.key || (await this.handle('story'));
    // From Node's buffer pool, zeroed: Buffer.alloc makes an off-heap buffer of its own for each.
    const story = Buffer.allocUnsafe(STORY_SLOT).fill(0);
    storyBytes.copy(story, 0);
    story.writeUInt32BE(minutes(c.story.first), 6);
    story.writeUInt32BE(minutes(c.story.last), 10);
    story.writeUInt32BE(Math.min(c.story.size, 0xffffffff), 14);
    const count = Math.min(TERMS, c.story.terms.length);
    story[18] = count;
    for (let j = 0; j < count; j++) {
      story.writeUInt32BE(c.story.terms[j]! >>> 0, 19 + j * 4);
      story[19 + TERMS * 4 + j] = Math.round(Math.min(1, Math.max(0, c.story.weights[j]!)) * 255);
    }
    const docArgs: (string | number | Buffer)[] = ['', 0, '', '', '', '', '', ''];
    if (c.doc) {
      const d = c.doc;
      const n = await this.handle('doc');
      const slot = Buffer.allocUnsafe(DOC_SLOT).fill(0);
      slot.writeUInt32BE(minutes(d.time), 0);
      slot.writeUInt32BE(sk, 4);
      storyBytes.copy(slot, 8);
      slot.writeUInt16BE(Math.min(d.shingles, 0xffff), 14);
      for (let j = 0; j < SIG; j++) slot.writeUInt16BE(d.signature[j] ?? 0xffff, 16 + j * 2);
      slot[FACTS_AT] = Math.min(255, d.factCount);
      for (let j = 0; j < FACTS; j++) slot[FACTS_AT + 1 + j] = d.facts[j] ?? 0xff;
      docArgs.splice(
        0,
        8,
        Math.floor(n / DOCS_PER_BLOCK),
        (n % DOCS_PER_BLOCK) * DOC_SLOT,
        slot,
        n.toString(36),
        d.id,
        fpShard(d.fingerprint),
        d.fingerprint,
        this.split(d.bands).join(','),
      );
    }
    await this.redis.dedupCommit(
      this.k(''),
      ttlSeconds(at),
      bucketOf(at),
      BLOCK_BYTES,
      LIST_MAX_CHARS,
      Math.floor(sk / STORIES_PER_BLOCK),
      (sk % STORIES_PER_BLOCK) * STORY_SLOT,
      story,
      sk.toString(36),
      this.split(c.postings).join(','),
      ...docArgs,
      this.dfGeneration,
      OLD_DF_SHARDS,
      RedisDedupIndex.dfOffsets(c.terms),
      shardTtlSeconds(at),
      this.shards,
    );
  }
}
