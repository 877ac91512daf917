// The dedup index in Redis (see src/dedup/index-types.ts for what it answers). Laid out for memory, since it
// holds every article of the story window:
//   dedup:doc:<block>        string of fixed-size slots: time, story, shingle count, MinHash of shingles and of facts
//   dedup:story:<block>      string of fixed-size slots: story id, span, size, centroid (48 term ids + byte weights)
//   dedup:did:<block>        hash  slot -> article id
//   dedup:fp:<day>:<shard>   hash  fingerprint -> article handle
//   dedup:lsh:<day>:<shard>  hash  band id -> article handles (capped list)
//   dedup:post:<day>:<shard> hash  term id -> story handles (capped list)
//   dedup:df:<generation>:<shard>   document frequencies per generation of 100,000 articles (two kept), and
//   dedup:df:count                  the articles counted, which says the generation
// Small hashes stay in Redis's listpack encoding (a few bytes per entry), slots cost no per-entry overhead,
// and every key is refreshed on write to expire two days after the window that can still read it. Lookups read one field
// per band or term per day of the window: O(bands), never a scan.
// A Lua script reads all those fields in one round trip, and builds their key names itself from the prefix,
// day and shard: a hundred key-name arguments cost the client more CPU than the server spends on the reads.
// That needs a standalone Redis (or one slot); the app's keys carry no hash tags for a cluster anyway.
import type { ChainableCommander, Redis } from 'ioredis';
import { DeltafeedError } from '../errors.js';
import {
  bucketOf, bucketRange, DAY_MS, DF_GENERATION, rankBandHits, LIST_MAX_CHARS, parseList, STORY_ID,
  type DedupIndex, type DocHit, type IndexedDoc, type StoryCentroid, type TimeWindow,
} from '../dedup/index-types.js';
import { FACT_PERMUTATIONS, MINHASH } from '../dedup/fingerprint.js';
import { STORY_PARAMS } from '../dedup/story-vector.js';
import { key, type StoreCtx } from './context.js';

export class DedupIndexError extends DeltafeedError {
  constructor(message: string) {
    super('DEDUP_INDEX', message);
  }
}

export interface RedisDedupIndexOptions {
  /** Hash shards per day for bands and postings: about (articles per day x 21) / 100 keeps them compact. */
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
// Blocks just under jemalloc's 40 KiB size class (less room for the string header), allocated whole on first
// write: growing a string with SETRANGE would double its allocation each time.
const BLOCK_BYTES = 40_960 - 64;
const DOCS_PER_BLOCK = Math.floor(BLOCK_BYTES / DOC_SLOT);
const STORIES_PER_BLOCK = Math.floor(BLOCK_BYTES / STORY_SLOT);
const IDS_PER_HASH = 128;
const DF_SHARDS = 16_384;
const FP_SHARDS = 64;
const HANDLE_BATCH = 64;

// Arguments are packed into comma-separated strings: hundreds of small arguments cost the client more than
// the server spends splitting one string.
// ARGV: key base, days ("" for none), "shard,field,shard,field,...". Key = base..day..":"..shard, or
// base..shard without days. Answers pair-major, day-minor.
const GET = `
local base = ARGV[1]
local days = {}
for d in string.gmatch(ARGV[2], '[^,]+') do days[#days + 1] = d .. ':' end
if #days == 0 then days[1] = '' end
local p = {}
for x in string.gmatch(ARGV[3], '[^,]+') do p[#p + 1] = x end
local out = {}
for i = 1, #p - 1, 2 do
  for j = 1, #days do out[#out + 1] = redis.call('HGET', base .. days[j] .. p[i], p[i + 1]) end
end
return out`;

// Same rule as appendCapped() in index-types.ts. ARGV: key base (with day), cap, ttl, item, "shard,field,...".
const APPEND = `
local base = ARGV[1]
local cap = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
local item = ARGV[4]
local p = {}
for x in string.gmatch(ARGV[5], '[^,]+') do p[#p + 1] = x end
for i = 1, #p - 1, 2 do
  local k = base .. p[i]
  local f = p[i + 1]
  local v = redis.call('HGET', k, f)
  if not v then
    v = item
  elseif not string.find(',' .. v .. ',', ',' .. item .. ',', 1, true) then
    v = v .. ',' .. item
    while #v > cap do
      local c = string.find(v, ',', 1, true)
      if not c then break end
      v = string.sub(v, c + 1)
    end
  end
  redis.call('HSET', k, f, v)
  redis.call('EXPIRE', k, ttl)
end
return 1`;

const PUT_SLOT = `
if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], string.rep('\\0', tonumber(ARGV[1]))) end
redis.call('SETRANGE', KEYS[1], tonumber(ARGV[2]), ARGV[3])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return 1`;

// ARGV: key base, generation size, shard count, "shard,field,...". Answers the article count of the two
// generations read, then each field summed over them.
const DF_GET = `
local base = ARGV[1]
local g = math.floor(tonumber(redis.call('GET', base .. 'count') or '0') / tonumber(ARGV[2]))
local gens = { base .. (g - 1) .. ':', base .. g .. ':' }
local p = {}
for x in string.gmatch(ARGV[4], '[^,]+') do p[#p + 1] = x end
local out = { 0 }
for _, gk in ipairs(gens) do out[1] = out[1] + tonumber(redis.call('HGET', gk .. 'n', 'n') or '0') end
for i = 1, #p - 1, 2 do
  local n = 0
  for _, gk in ipairs(gens) do n = n + tonumber(redis.call('HGET', gk .. p[i], p[i + 1]) or '0') end
  out[#out + 1] = n
end
return out`;

// ARGV: key base, generation size, shard count, "shard,field,...". The first article of a generation drops the
// generation before the previous one (its shards and its count): DF memory stays bounded.
const DF_COUNT = `
local base = ARGV[1]
local size = tonumber(ARGV[2])
local total = redis.call('INCR', base .. 'count') - 1
local g = math.floor(total / size)
if total % size == 0 and g >= 2 then
  local old = base .. (g - 2) .. ':'
  for s = 0, tonumber(ARGV[3]) - 1 do redis.call('UNLINK', old .. s) end
  redis.call('UNLINK', old .. 'n')
end
local gk = base .. g .. ':'
for x, f in string.gmatch(ARGV[4], '([^,]+),([^,]+)') do redis.call('HINCRBY', gk .. x, f, 1) end
return redis.call('HINCRBY', gk .. 'n', 'n', 1)`;

type Scripted = Redis & {
  dedupGet(...args: (string | number)[]): Promise<(string | null)[]>;
  dedupDfGet(...args: (string | number)[]): Promise<number[]>;
  dedupDfCount(...args: (string | number)[]): Promise<number>;
};
// defineCommand adds the scripts to pipelines too; writes go out as one pipeline (one socket write) each.
type ScriptedPipeline = ChainableCommander & {
  dedupAppend(...args: (string | number)[]): ScriptedPipeline;
  dedupPutSlot(key: string, ...args: (string | number | Buffer)[]): ScriptedPipeline;
};

function scripted(redis: Redis): Scripted {
  const r = redis as Scripted;
  if (typeof r.dedupGet !== 'function') {
    redis.defineCommand('dedupGet', { lua: GET, numberOfKeys: 0 });
    redis.defineCommand('dedupAppend', { lua: APPEND, numberOfKeys: 0 });
    redis.defineCommand('dedupPutSlot', { lua: PUT_SLOT, numberOfKeys: 1 });
    redis.defineCommand('dedupDfGet', { lua: DF_GET, numberOfKeys: 0 });
    redis.defineCommand('dedupDfCount', { lua: DF_COUNT, numberOfKeys: 0 });
  }
  return r;
}

const ttlSeconds = (at: TimeWindow) => Math.ceil((at.windowMs + 2 * DAY_MS) / 1000);
const minutes = (ms: number) => Math.floor(ms / 60_000);

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

  constructor(private readonly ctx: StoreCtx, opts: RedisDedupIndexOptions = {}) {
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

  /** Read `field` of hash `base[day:]shard` for every pair (and day): pair-major, day-minor. */
  private get(base: string, days: readonly number[], pairs: readonly (string | number)[]): Promise<(string | null)[]> {
    if (!pairs.length) return Promise.resolve([]);
    return this.redis.dedupGet(base, days.join(','), pairs.join(','));
  }

  /** Shard and field of a 31-bit id in a day's sharded hashes. */
  private split(ids: readonly number[]): number[] {
    const out: number[] = [];
    for (const id of ids) out.push(id & (this.shards - 1), id >>> this.shardBits);
    return out;
  }

  private async loadDocs(keys: number[]): Promise<DocHit[]> {
    if (!keys.length) return [];
    const p = this.redis.pipeline();
    for (const n of keys) {
      const off = (n % DOCS_PER_BLOCK) * DOC_SLOT;
      p.getrangeBuffer(this.k('doc', Math.floor(n / DOCS_PER_BLOCK)), off, off + DOC_SLOT - 1);
      p.hget(this.k('did', Math.floor(n / IDS_PER_HASH)), String(n % IDS_PER_HASH));
    }
    const res = (await p.exec()) ?? [];
    const out: DocHit[] = [];
    keys.forEach((n, i) => {
      const [e1, slot] = res[i * 2] ?? [];
      const [e2, id] = res[i * 2 + 1] ?? [];
      if (e1 || e2) throw e1 ?? e2;
      if (!(slot instanceof Buffer) || slot.length < DOC_SLOT || typeof id !== 'string') return;
      const storyKey = slot.readUInt32BE(4);
      if (!storyKey) return;
      const signature = new Uint16Array(SIG);
      for (let j = 0; j < SIG; j++) signature[j] = slot.readUInt16BE(16 + j * 2);
      out.push({
        key: n, id, storyKey, storyId: `s-${slot.subarray(8, 14).toString('hex')}`,
        time: slot.readUInt32BE(0) * 60_000, shingles: slot.readUInt16BE(14), signature,
        factCount: slot[FACTS_AT]!, facts: Uint8Array.from(slot.subarray(FACTS_AT + 1, FACTS_AT + 1 + FACTS)),
      });
    });
    return out;
  }

  async findByFingerprint(fingerprint: string, at: TimeWindow): Promise<DocHit | null> {
    const shard = parseInt(fingerprint.slice(0, 4), 16) % FP_SHARDS;
    const found = await this.get(this.k('fp', ''), bucketRange(at), [shard, fingerprint]);
    const first = found.find((v) => v !== null);
    if (!first) return null;
    const [doc] = await this.loadDocs([parseInt(first, 36)]);
    return doc ?? null;
  }

  async findByBands(bands: readonly number[], at: TimeWindow): Promise<DocHit[]> {
    return this.loadDocs(rankBandHits(await this.get(this.k('lsh', ''), bucketRange(at), this.split(bands))));
  }

  async documentFrequencies(terms: readonly number[]): Promise<{ docs: number; df: number[] }> {
    const [docs = 0, ...df] = await this.redis.dedupDfGet(this.k('df', ''), this.dfGeneration, DF_SHARDS, this.dfPairs(terms));
    return { docs, df };
  }

  private dfPairs(terms: readonly number[]): string {
    const pairs: number[] = [];
    for (const t of terms) pairs.push(t % DF_SHARDS, Math.floor(t / DF_SHARDS));
    return pairs.join(',');
  }

  async findStories(terms: readonly number[], at: TimeWindow): Promise<Map<number, number[]>> {
    const days = bucketRange(at);
    const values = await this.get(this.k('post', ''), days, this.split(terms));
    const out = new Map<number, number[]>();
    terms.forEach((_, i) => {
      for (let d = 0; d < days.length; d++) {
        for (const story of parseList(values[i * days.length + d])) {
          const hits = out.get(story);
          if (!hits) out.set(story, [i]);
          else if (hits[hits.length - 1] !== i) hits.push(i);
        }
      }
    });
    return out;
  }

  async getStories(keys: readonly number[]): Promise<(StoryCentroid | null)[]> {
    if (!keys.length) return [];
    const p = this.redis.pipeline();
    for (const n of keys) {
      const off = (n % STORIES_PER_BLOCK) * STORY_SLOT;
      p.getrangeBuffer(this.k('story', Math.floor(n / STORIES_PER_BLOCK)), off, off + STORY_SLOT - 1);
    }
    const res = (await p.exec()) ?? [];
    return keys.map((n, i) => {
      const [err, slot] = res[i] ?? [];
      if (err) throw err;
      if (!(slot instanceof Buffer) || slot.length < STORY_SLOT) return null;
      const size = slot.readUInt32BE(14);
      const count = slot[18]!;
      if (!size) return null;
      const terms: number[] = [];
      const weights: number[] = [];
      for (let j = 0; j < count; j++) {
        terms.push(slot.readUInt32BE(19 + j * 4));
        weights.push(slot[19 + TERMS * 4 + j]! / 255);
      }
      return {
        key: n, id: `s-${slot.subarray(0, 6).toString('hex')}`,
        first: slot.readUInt32BE(6) * 60_000, last: slot.readUInt32BE(10) * 60_000, size, terms, weights,
      };
    });
  }

  private pipeline(): ScriptedPipeline {
    return this.redis.pipeline() as ScriptedPipeline;
  }

  private putSlot(p: ScriptedPipeline, blockKey: string, offset: number, data: Buffer, ttl: number): void {
    p.dedupPutSlot(blockKey, BLOCK_BYTES, offset, data, ttl);
  }

  private append(p: ScriptedPipeline, kind: string, day: number, ids: readonly number[], handle: number, ttl: number): void {
    if (ids.length) p.dedupAppend(this.k(kind, day, ''), LIST_MAX_CHARS, ttl, handle.toString(36), this.split(ids).join(','));
  }

  private static async run(p: ScriptedPipeline): Promise<void> {
    for (const [err] of (await p.exec()) ?? []) if (err) throw err;
  }

  async saveStory(story: StoryCentroid, postings: readonly number[], at: TimeWindow): Promise<number> {
    const n = story.key || (await this.handle('story'));
    const slot = Buffer.alloc(STORY_SLOT);
    storyIdBytes(story.id).copy(slot, 0);
    slot.writeUInt32BE(minutes(story.first), 6);
    slot.writeUInt32BE(minutes(story.last), 10);
    slot.writeUInt32BE(Math.min(story.size, 0xffffffff), 14);
    const count = Math.min(TERMS, story.terms.length);
    slot[18] = count;
    for (let j = 0; j < count; j++) {
      slot.writeUInt32BE(story.terms[j]! >>> 0, 19 + j * 4);
      slot[19 + TERMS * 4 + j] = Math.round(Math.min(1, Math.max(0, story.weights[j]!)) * 255);
    }
    const ttl = ttlSeconds(at);
    const p = this.pipeline();
    this.putSlot(p, this.k('story', Math.floor(n / STORIES_PER_BLOCK)), (n % STORIES_PER_BLOCK) * STORY_SLOT, slot, ttl);
    this.append(p, 'post', bucketOf(at.time), postings, n, ttl);
    await RedisDedupIndex.run(p);
    return n;
  }

  async addDocument(doc: IndexedDoc, entries: { fingerprint: string; bands: readonly number[] }, at: TimeWindow): Promise<number> {
    const n = await this.handle('doc');
    const slot = Buffer.alloc(DOC_SLOT);
    slot.writeUInt32BE(minutes(doc.time), 0);
    slot.writeUInt32BE(doc.storyKey, 4);
    storyIdBytes(doc.storyId).copy(slot, 8);
    slot.writeUInt16BE(Math.min(doc.shingles, 0xffff), 14);
    for (let j = 0; j < SIG; j++) slot.writeUInt16BE(doc.signature[j] ?? 0xffff, 16 + j * 2);
    slot[FACTS_AT] = Math.min(255, doc.factCount);
    for (let j = 0; j < FACTS; j++) slot[FACTS_AT + 1 + j] = doc.facts[j] ?? 0xff;
    const ttl = ttlSeconds(at);
    const day = bucketOf(at.time);
    const idsKey = this.k('did', Math.floor(n / IDS_PER_HASH));
    const fpKey = this.k('fp', day, parseInt(entries.fingerprint.slice(0, 4), 16) % FP_SHARDS);
    const p = this.pipeline();
    this.putSlot(p, this.k('doc', Math.floor(n / DOCS_PER_BLOCK)), (n % DOCS_PER_BLOCK) * DOC_SLOT, slot, ttl);
    p.hset(idsKey, String(n % IDS_PER_HASH), doc.id).expire(idsKey, ttl).hset(fpKey, entries.fingerprint, n.toString(36)).expire(fpKey, ttl);
    this.append(p, 'lsh', day, entries.bands, n, ttl);
    await RedisDedupIndex.run(p);
    return n;
  }

  async addDuplicate(fingerprint: string, original: DocHit, at: TimeWindow): Promise<void> {
    const fpKey = this.k('fp', bucketOf(at.time), parseInt(fingerprint.slice(0, 4), 16) % FP_SHARDS);
    await RedisDedupIndex.run(this.pipeline().hsetnx(fpKey, fingerprint, original.key.toString(36)).expire(fpKey, ttlSeconds(at)) as ScriptedPipeline);
  }

  async countTerms(terms: readonly number[]): Promise<void> {
    await this.redis.dedupDfCount(this.k('df', ''), this.dfGeneration, DF_SHARDS, this.dfPairs(terms));
  }
}
