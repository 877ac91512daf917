// The dedup index in Redis (see src/dedup/index-types.ts for what it answers). Laid out for memory, since it
// holds every article of the story window:
//   dedup:doc:<block>        string of fixed-size slots: time, story, shingle count, 64 x 16-bit MinHash signature
//   dedup:story:<block>      string of fixed-size slots: story id, span, size, centroid (48 term ids + byte weights)
//   dedup:did:<block>        hash  slot -> article id
//   dedup:fp:<day>:<shard>   hash  fingerprint -> article handle
//   dedup:lsh:<day>:<shard>  hash  band id -> article handles (capped list)
//   dedup:post:<day>:<shard> hash  term id -> story handles (capped list)
//   dedup:df:<shard>, dedup:df:meta   document frequencies and their article count (no expiry: bounded by the vocabulary)
// Small hashes stay in Redis's listpack encoding (a few bytes per entry), slots cost no per-entry overhead,
// and every key is refreshed to expire a day after the window that can still read it. Lookups read one field
// per band or term per day of the window: O(bands), never a scan. A Lua script reads all those fields in one
// round trip (a pipeline of a hundred HGETs costs more on the client than on the server); every key a script
// touches is passed in KEYS.
import type { Redis } from 'ioredis';
import { DeltafeedError } from '../errors.js';
import {
  bucketOf, bucketRange, DAY_MS, LIST_MAX_CHARS, parseList, STORY_ID,
  type DedupIndex, type DocHit, type IndexedDoc, type StoryCentroid, type TimeWindow,
} from '../dedup/index-types.js';
import { MINHASH } from '../dedup/fingerprint.js';
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
}

const SIG = MINHASH.permutations;
// time(4) story(4) storyId(6) shingles(2) signature(2 x 64)
const DOC_SLOT = 16 + SIG * 2;
const TERMS = STORY_PARAMS.centroidTerms;
// storyId(6) first(4) last(4) size(4) count(1) terms(4 x 48) weights(1 x 48)
const STORY_SLOT = 19 + TERMS * 5;
// Blocks just under jemalloc's 40 KiB size class, allocated whole on first write: growing a string with
// SETRANGE would double its allocation each time.
const BLOCK_BYTES = 40_960;
const DOCS_PER_BLOCK = Math.floor(BLOCK_BYTES / DOC_SLOT);
const STORIES_PER_BLOCK = Math.floor(BLOCK_BYTES / STORY_SLOT);
const IDS_PER_HASH = 128;
const DF_SHARDS = 4096;
const FP_SHARDS = 64;

const HGETS = `
local out = {}
for i = 1, #KEYS do out[i] = redis.call('HGET', KEYS[i], ARGV[i]) end
return out`;

// Same rule as appendCapped() in index-types.ts.
const APPEND = `
local cap = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
for i = 1, #KEYS do
  local f = ARGV[2 * i + 1]
  local item = ARGV[2 * i + 2]
  local v = redis.call('HGET', KEYS[i], f)
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
  redis.call('HSET', KEYS[i], f, v)
  redis.call('EXPIRE', KEYS[i], ttl)
end
return #KEYS`;

const PUT_SLOT = `
if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], string.rep('\\0', tonumber(ARGV[1]))) end
redis.call('SETRANGE', KEYS[1], tonumber(ARGV[2]), ARGV[3])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return 1`;

const COUNT = `
for i = 1, #KEYS - 1 do redis.call('HINCRBY', KEYS[i], ARGV[i], 1) end
return redis.call('HINCRBY', KEYS[#KEYS], 'n', 1)`;

type Scripted = Redis & {
  dedupHgets(numKeys: number, ...args: (string | number)[]): Promise<(string | null)[]>;
  dedupAppend(numKeys: number, ...args: (string | number)[]): Promise<number>;
  dedupPutSlot(numKeys: number, ...args: (string | number | Buffer)[]): Promise<number>;
  dedupCount(numKeys: number, ...args: (string | number)[]): Promise<number>;
};

function scripted(redis: Redis): Scripted {
  const r = redis as Scripted;
  if (typeof r.dedupHgets !== 'function') {
    redis.defineCommand('dedupHgets', { lua: HGETS });
    redis.defineCommand('dedupAppend', { lua: APPEND });
    redis.defineCommand('dedupPutSlot', { lua: PUT_SLOT });
    redis.defineCommand('dedupCount', { lua: COUNT });
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

  constructor(private readonly ctx: StoreCtx, opts: RedisDedupIndexOptions = {}) {
    this.redis = scripted(ctx.redis);
    // A power of two, so that shard and field split one 31-bit id without losing bits.
    this.shardBits = Math.max(0, Math.min(16, Math.round(Math.log2(opts.shards ?? 1024))));
    this.shards = 1 << this.shardBits;
  }

  private k(...parts: (string | number)[]): string {
    return key(this.ctx, 'dedup', ...parts);
  }

  /** Key and field of a 31-bit id in a day's sharded hash. */
  private place(kind: string, day: number, id: number): [string, number] {
    return [this.k(kind, day, id & (this.shards - 1)), id >>> this.shardBits];
  }

  private async hgets(pairs: [string, string | number][]): Promise<(string | null)[]> {
    if (!pairs.length) return [];
    return this.redis.dedupHgets(pairs.length, ...pairs.map((p) => p[0]), ...pairs.map((p) => p[1]));
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
      });
    });
    return out;
  }

  async findByFingerprint(fingerprint: string, at: TimeWindow): Promise<DocHit | null> {
    const shard = parseInt(fingerprint.slice(0, 4), 16) % FP_SHARDS;
    const found = await this.hgets(bucketRange(at).map((day) => [this.k('fp', day, shard), fingerprint]));
    const first = found.find((v) => v !== null);
    if (!first) return null;
    const [doc] = await this.loadDocs([parseInt(first, 36)]);
    return doc ?? null;
  }

  async findByBands(bands: readonly number[], at: TimeWindow): Promise<DocHit[]> {
    const pairs: [string, number][] = [];
    for (const day of bucketRange(at)) for (const band of bands) pairs.push(this.place('lsh', day, band));
    const keys = new Set<number>();
    for (const v of await this.hgets(pairs)) for (const n of parseList(v)) keys.add(n);
    return this.loadDocs([...keys].sort((a, b) => a - b));
  }

  async documentFrequencies(terms: readonly number[]): Promise<{ docs: number; df: number[] }> {
    const [n, ...df] = await this.hgets([
      [this.k('df', 'meta'), 'n'],
      ...terms.map((t): [string, number] => [this.k('df', t % DF_SHARDS), Math.floor(t / DF_SHARDS)]),
    ]);
    return { docs: Number(n ?? 0), df: df.map((v) => Number(v ?? 0)) };
  }

  async findStories(terms: readonly number[], at: TimeWindow): Promise<Map<number, number[]>> {
    const days = bucketRange(at);
    const pairs: [string, number][] = [];
    for (const term of terms) for (const day of days) pairs.push(this.place('post', day, term));
    const values = await this.hgets(pairs);
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

  private putSlot(blockKey: string, offset: number, data: Buffer, ttl: number): Promise<number> {
    return this.redis.dedupPutSlot(1, blockKey, BLOCK_BYTES, offset, data, ttl);
  }

  private append(kind: string, day: number, ids: readonly number[], handle: number, ttl: number): Promise<number> | null {
    if (!ids.length) return null;
    const keys: string[] = [];
    const args: (string | number)[] = [LIST_MAX_CHARS, ttl];
    const item = handle.toString(36);
    for (const id of ids) {
      const [k, f] = this.place(kind, day, id);
      keys.push(k);
      args.push(f, item);
    }
    return this.redis.dedupAppend(keys.length, ...keys, ...args);
  }

  async saveStory(story: StoryCentroid, postings: readonly number[], at: TimeWindow): Promise<number> {
    const n = story.key || (await this.redis.incr(this.k('seq', 'story')));
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
    await Promise.all([
      this.putSlot(this.k('story', Math.floor(n / STORIES_PER_BLOCK)), (n % STORIES_PER_BLOCK) * STORY_SLOT, slot, ttl),
      this.append('post', bucketOf(at.time), postings, n, ttl),
    ]);
    return n;
  }

  async addDocument(doc: IndexedDoc, entries: { fingerprint: string; bands: readonly number[] }, at: TimeWindow): Promise<number> {
    const n = await this.redis.incr(this.k('seq', 'doc'));
    const slot = Buffer.alloc(DOC_SLOT);
    slot.writeUInt32BE(minutes(doc.time), 0);
    slot.writeUInt32BE(doc.storyKey, 4);
    storyIdBytes(doc.storyId).copy(slot, 8);
    slot.writeUInt16BE(Math.min(doc.shingles, 0xffff), 14);
    for (let j = 0; j < SIG; j++) slot.writeUInt16BE(doc.signature[j] ?? 0xffff, 16 + j * 2);
    const ttl = ttlSeconds(at);
    const day = bucketOf(at.time);
    const idsKey = this.k('did', Math.floor(n / IDS_PER_HASH));
    const fpKey = this.k('fp', day, parseInt(entries.fingerprint.slice(0, 4), 16) % FP_SHARDS);
    await Promise.all([
      this.putSlot(this.k('doc', Math.floor(n / DOCS_PER_BLOCK)), (n % DOCS_PER_BLOCK) * DOC_SLOT, slot, ttl),
      this.redis.multi()
        .hset(idsKey, String(n % IDS_PER_HASH), doc.id).expire(idsKey, ttl)
        .hset(fpKey, entries.fingerprint, n.toString(36)).expire(fpKey, ttl)
        .exec(),
      this.append('lsh', day, entries.bands, n, ttl),
    ]);
    return n;
  }

  async addDuplicate(fingerprint: string, original: DocHit, at: TimeWindow): Promise<void> {
    const fpKey = this.k('fp', bucketOf(at.time), parseInt(fingerprint.slice(0, 4), 16) % FP_SHARDS);
    await this.redis.multi().hsetnx(fpKey, fingerprint, original.key.toString(36)).expire(fpKey, ttlSeconds(at)).exec();
  }

  async countTerms(terms: readonly number[]): Promise<void> {
    const keys = terms.map((t) => this.k('df', t % DF_SHARDS));
    await this.redis.dedupCount(keys.length + 1, ...keys, this.k('df', 'meta'), ...terms.map((t) => Math.floor(t / DF_SHARDS)));
  }
}

/** Slot sizes, for the memory benchmark's report. */
export const REDIS_DEDUP_LAYOUT = { DOC_SLOT, STORY_SLOT, DOCS_PER_BLOCK, STORIES_PER_BLOCK } as const;
