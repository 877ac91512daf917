// The dedup index in Redis (see src/dedup/index-types.ts for what it answers). Laid out for memory, since it
// holds every article of the story window:
//   dedup:doc:<block>        string of fixed-size slots: time, story, shingle count, MinHash of shingles and of facts
//   dedup:sd:<span>          hash  story handle -> its slot: id, times, size, centroid (48 31-bit term ids + byte
//                            weights, Rice-coded: see story-slot-compact.ts), in the hash of the 6-hour span of
//                            the clock of its last join
//   dedup:sl:<block>         hash  story handle -> the span whose hash holds it (128 handles a hash; a hash's
//                            first write in a day of the clock drops the entries whose span hash has expired,
//                            from the day its field 128 names: the first an entry of it could go)
//   dedup:did:<block>        hash  slot -> article id
//   dedup:fp:<bucket>:<shard>   hash  fingerprint (its first 64 bits, as 8 bytes) -> article handle
//   dedup:lsh:<bucket>:<shard>  hash  band id -> article handles (capped list: one as an integer, several as
//                               7-bit tokens; see lua/common.lua)
//   dedup:post:<bucket>:<shard> hash  term id -> story handles (capped list, as lsh)
//   dedup:lsh:<bucket>:base, dedup:post:<bucket>:base   the bucket's lists' base handle and shard count (512 for
//                            new buckets; none: 1,024, as written before; see lua/common.lua)
//   dedup:dfs:<generation>   string of 16-bit counters: the document-frequency sketch of a generation of
//                            100,000 articles (two kept; see DF_SKETCH), with dedup:dfs:<generation>:n its articles
//   dedup:dfs:count          the articles counted, which says the generation
//   dedup:ttl:<bucket>:<day>    bitmap of the bucket's shards whose expiry was refreshed that day (the index's clock)
//   dedup:seq:doc, dedup:seq:story   handle counters (taken HANDLE_BATCH at a time)
//   dedup:born                  set by the index's first handles: no bucket of the layout before can exist
//   dedup:mem:<mbucket>:<shard> string of 9-byte story signatures (story-memory.ts): the long memory of stories past
//                            the reach, a 30-day bucket each, expiring `memoryMs` and two days after the bucket's end
// Small hashes stay in Redis's listpack encoding (a few bytes per entry), article slots cost no per-entry
// overhead, and every key is refreshed on write to expire two days after the window that can still read it (the
// sharded hashes once a day, with a day more to make up for it). Buckets span
// the window plus a day (see bucketMs), so lookups read one field per band or term in at most two buckets:
// O(bands), never a scan. Articles (doc, did, fp, lsh) live by the copies' window; stories (st, post) by the
// story window, which is longer (see TimeWindow), and by activity: each join moves the story's slot to the hash
// of the current span, so it lives the reach after the story's last article (in blocks shared with other
// stories, one busy story kept a block of quiet ones for as long as it ran; a key per story cost a key and an
// expiry each), and a join posts the story again under the new article's terms, at the newest end of each
// capped list (see LIST_MAX_CHARS) in the current bucket.
// Each call of the index is one Lua script (one round trip, see dedup/scripts.ts); the slots' fields are the
// tables of dedup/records.ts.
import {
  bucketOf,
  bucketRange,
  DF_GENERATION,
  dfSlots,
  STORY_ID,
  storyWindow,
  type DedupIndex,
  type DocHit,
  type IndexCommit,
  type LookupQuery,
  type LookupResult,
  type RecallHit,
  type StoryCandidates,
  type StoryCentroid,
  type StoryQuery,
  type TimeWindow,
} from '../dedup/index-types.js';
import { key, type StoreCtx } from './context.js';
import { DEFAULT_SHARDS, DOCS_PER_BLOCK, FP_SHARDS, HANDLE_BATCH } from './dedup/constants.js';
import { memoryTtl, shardTtlMs, ttlMs } from './dedup/expiry.js';
import { DOC_RECORD as D, fieldBytes, getUint, setUint } from './dedup/records.js';
import { decodeStorySlot, DedupIndexError, emptySlot, encodeStorySlot, minutes } from './dedup/story-slot.js';
import { DedupScripts, type ArgsOf, type COMMIT, type Reply } from './dedup/scripts.js';
import { memoryBucket, memoryBuckets, memoryCheck, memoryRecord, memoryShard } from '../dedup/story-memory.js';

export { DedupIndexError } from './dedup/story-slot.js';

type DocArgs = Pick<
  ArgsOf<typeof COMMIT>,
  'docBlock' | 'docOffset' | 'docSlot' | 'docHandle' | 'docId' | 'fpShard' | 'fingerprint' | 'bands'
>;
/** The commit of an article that is no one's original. */
const NO_DOC: DocArgs = {
  docBlock: '',
  docOffset: 0,
  docSlot: '',
  docHandle: '',
  docId: '',
  fpShard: '',
  fingerprint: '',
  bands: '',
};

export interface RedisDedupIndexOptions {
  /**
   * Hash shards per bucket for bands and postings, in the buckets this index begins (default 512, DEFAULT_SHARDS):
   * about (articles per bucket x 21) / 200, some 200 entries a hash, keeps them in Redis's compact listpack
   * encoding (up to 512 entries by default) with room for bursts; fewer shards save their fixed cost per key
   * (about 200 bytes) but make each read scan a longer listpack. The count is recorded in the bucket's base key, and
   * a bucket is read at the count it was written at (buckets of indexes before the record: LEGACY_SHARDS, 1,024),
   * so changing it hides nothing an index holds. A bucket spans the window plus a day.
   */
  shards?: number;
  /** Articles per document-frequency generation (see DF_GENERATION); for tests. */
  dfGeneration?: number;
  /**
   * The clock expiries count from (ms; default: the Redis server's). For benchmarks and tests that run a
   * stream of weeks in minutes: they expire keys by this clock themselves (see bench/support/steady-state.ts).
   */
  clock?: () => number;
}

const fpShard = (fingerprint: string) => parseInt(fingerprint.slice(0, 4), 16) % FP_SHARDS;
/**
 * A fingerprint's field in `fp:` hashes: its first 64 bits as 8 bytes (a false match among the index's
 * articles is about one in 10^12 at a million held), where its 32 hex digits took 32. A fingerprint that is not
 * hex (none the deduper makes) is kept as its text.
 */
const fpField = (fingerprint: string) =>
  /^[0-9a-f]{16}/i.test(fingerprint) ? Buffer.from(fingerprint.slice(0, 16), 'hex') : fingerprint;

function storyIdBytes(id: string): Buffer {
  if (!STORY_ID.test(id)) throw new DedupIndexError(`story id ${JSON.stringify(id)} is not "s-" and 12 hex digits`);
  return Buffer.from(id.slice(2), 'hex');
}

/** An article's slot (see DOC_RECORD); missing signature or fact hashes read as "no shingle" (all ones). */
function docSlot(d: NonNullable<IndexCommit['doc']>, storyKey: number, storyIdBytes: Buffer): Buffer {
  const slot = emptySlot(D.SIZE);
  setUint(slot, 0, D.time, minutes(d.time));
  setUint(slot, 0, D.storyKey, storyKey);
  storyIdBytes.copy(slot, D.storyId.offset);
  setUint(slot, 0, D.shingles, Math.min(d.shingles, 0xffff));
  for (let j = 0; j < D.signature.count; j++) setUint(slot, 0, D.signature, d.signature[j] ?? 0xffff, j);
  setUint(slot, 0, D.factCount, Math.min(255, d.factCount));
  for (let j = 0; j < D.facts.count; j++) setUint(slot, 0, D.facts, d.facts[j] ?? 0xff, j);
  return slot;
}

/**
 * The buckets a lookup reads, as the scripts take them: those after the query's own bucket marked "+". A stream
 * that arrives in order has filled none of them, and every writer since the compact lists sets a bucket's base
 * before its first list, so a marked bucket without a base is skipped; an unmarked one without a base may be of
 * the layout before (no base, 1,024 shards) and is read as written (lua/common.lua, bucketPrefixes).
 */
function bucketList(at: TimeWindow): string {
  const own = bucketOf(at);
  return bucketRange(at)
    .map((d) => (d > own ? `${d}+` : `${d}`))
    .join(',');
}

export class RedisDedupIndex implements DedupIndex {
  private readonly scripts: DedupScripts;
  private readonly shards: number;
  private readonly shardBits: number;
  private readonly dfGeneration: number;
  private readonly clock: (() => number) | undefined;
  // Handles are taken from Redis counters a batch at a time: one INCRBY per 64 articles instead of a round
  // trip each. Several processes get disjoint batches; a batch left unused by a stopped process only leaves
  // unused slots.
  private readonly reserved = new Map<string, { next: number; end: number }>();

  constructor(
    private readonly ctx: StoreCtx,
    opts: RedisDedupIndexOptions = {},
  ) {
    this.scripts = new DedupScripts(ctx.redis);
    // A power of two, so that shard and field split one 31-bit id without losing bits.
    this.shardBits = Math.max(0, Math.min(16, Math.round(Math.log2(opts.shards ?? DEFAULT_SHARDS))));
    this.shards = 1 << this.shardBits;
    this.dfGeneration = opts.dfGeneration ?? DF_GENERATION;
    this.clock = opts.clock;
  }

  private now(): string {
    return this.clock ? String(Math.floor(this.clock())) : '';
  }

  private async handle(kind: 'doc' | 'story'): Promise<number> {
    const r = this.reserved.get(kind);
    if (r && r.next <= r.end) return r.next++;
    const end = await this.ctx.redis.incrby(this.k('seq', kind), HANDLE_BATCH);
    // The first handles an index ever gives: it holds nothing of the layout before the compact lists, so its
    // lookups may skip every bucket without a base (lua/common.lua, readable), not only those ahead.
    if (end === HANDLE_BATCH && kind === 'doc') await this.ctx.redis.set(this.k('born'), '1');
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
    const sig = D.signature.count;
    // One buffer for all the signatures: every off-heap buffer is swept by each young-generation collection.
    const signatures = new Uint16Array(sig * Math.floor(triples.length / 3));
    for (let i = 0; i + 2 < triples.length; i += 3) {
      const [n, slot, id] = [triples[i], triples[i + 1], triples[i + 2]];
      if (typeof n !== 'number' || !(slot instanceof Buffer) || slot.length < D.SIZE || !(id instanceof Buffer))
        continue;
      const storyKey = getUint(slot, 0, D.storyKey);
      if (!storyKey) continue;
      const signature = signatures.subarray((i / 3) * sig, (i / 3 + 1) * sig);
      for (let j = 0; j < sig; j++) signature[j] = getUint(slot, 0, D.signature, j);
      out.push({
        key: n,
        id: id.toString(),
        storyKey,
        storyId: `s-${fieldBytes(slot, 0, D.storyId).toString('hex')}`,
        time: getUint(slot, 0, D.time) * 60_000,
        shingles: getUint(slot, 0, D.shingles),
        signature,
        factCount: getUint(slot, 0, D.factCount),
        facts: Uint8Array.from(fieldBytes(slot, 0, D.facts)),
      });
    }
    return out;
  }

  async lookup(q: LookupQuery, at: TimeWindow): Promise<LookupResult> {
    let termFactors = '';
    let termKeys = '';
    let termIds = '';
    let storyLimit = 0;
    let idfPrior = 0;
    if (q.stories && q.terms.length) {
      const { factors, keys, limit } = q.stories;
      // String(x) is the shortest text that reads back as the same double, so the script weighs exactly as JS does.
      const parts: string[] = [];
      let flags = '';
      for (let i = 0; i < q.terms.length; i++) {
        parts.push(String(factors[i]));
        flags += keys[i] ? '1' : '0';
      }
      termFactors = parts.join(',');
      termKeys = flags;
      // Whole ids: the script splits the few it queries (a few hundred parts fewer to split per lookup).
      termIds = q.terms.join(',');
      storyLimit = limit;
      idfPrior = q.stories.idfPrior;
    }
    const [docs, df, exact, near, posted, slots] = await this.scripts.lookup({
      base: this.k(''),
      buckets: bucketList(at),
      storyBuckets: bucketList(storyWindow(at)),
      fpShard: q.fingerprint === null ? '' : fpShard(q.fingerprint),
      fingerprint: q.fingerprint === null ? '' : fpField(q.fingerprint),
      // The layout before kept the whole fingerprint as text: read until those hashes expire (a copies' window).
      fpText: q.fingerprint ?? '',
      bands: this.split(q.bands).join(','),
      dfGeneration: this.dfGeneration,
      dfCounters: RedisDedupIndex.dfOffsets(q.terms),
      termFactors,
      termKeys,
      termIds,
      storyLimit,
      // String(x), as for the factors: the script's IDF is exactly JS's.
      idfPrior: String(idfPrior),
      shards: this.shards,
    });
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
        const s = typeof slots[i] === 'number' ? decodeStorySlot(slots[i] as number, slots[i + 1]) : null;
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
    const [posted, slots] = await this.scripts.stories({
      base: this.k(''),
      buckets: bucketList(storyWindow(at)),
      terms: triples.join(','),
      limit,
      shards: this.shards,
    });
    return RedisDedupIndex.storyCandidates(posted ?? null, slots ?? null);
  }

  async addDuplicate(fingerprint: string, original: DocHit, at: TimeWindow): Promise<void> {
    await this.scripts.duplicate({
      fpKey: this.k('fp', bucketOf(at), fpShard(fingerprint)),
      fingerprint: fpField(fingerprint),
      handle: original.key.toString(36),
      now: this.now(),
      ttl: shardTtlMs(at),
    });
  }

  async commit(c: IndexCommit, at: TimeWindow): Promise<void> {
    // Validated before any handle is taken or anything written.
    const idBytes = storyIdBytes(c.story.id);
    const sk = c.story.key || (await this.handle('story'));
    const slot = encodeStorySlot(c.story, idBytes);
    let doc = NO_DOC;
    if (c.doc) {
      const d = c.doc;
      const n = await this.handle('doc');
      doc = {
        docBlock: Math.floor(n / DOCS_PER_BLOCK),
        docOffset: (n % DOCS_PER_BLOCK) * D.SIZE,
        docSlot: docSlot(d, sk, idBytes),
        docHandle: n.toString(36),
        docId: d.id,
        fpShard: fpShard(d.fingerprint),
        fingerprint: fpField(d.fingerprint),
        bands: this.split(d.bands).join(','),
      };
    }
    const story = storyWindow(at);
    await this.scripts.commit({
      base: this.k(''),
      now: this.now(),
      ttl: ttlMs(at),
      bucket: bucketOf(at),
      storyTtl: ttlMs(story),
      storyBucket: bucketOf(story),
      storyShardTtl: shardTtlMs(story),
      storySlot: slot,
      storyHandle: sk.toString(36),
      postings: this.split(c.postings).join(','),
      ...doc,
      dfGeneration: this.dfGeneration,
      dfCounters: RedisDedupIndex.dfOffsets(c.terms),
      shardTtl: shardTtlMs(at),
      shards: this.shards,
      ...(c.memory && at.memoryMs
        ? {
            memKey: `mem:${memoryBucket(at.time)}:${memoryShard(c.memory.pair)}`,
            memRecord: memoryRecord(c.memory.pair, c.memory.storyId),
            memTtl: memoryTtl(at.time, at.memoryMs),
          }
        : { memKey: '', memRecord: '', memTtl: 0 }),
    });
  }

  async documentFrequencies(terms: readonly number[], _at?: TimeWindow): Promise<{ docs: number; df: number[] }> {
    const [docs, df] = await this.scripts.df({
      base: this.k(''),
      dfGeneration: this.dfGeneration,
      dfCounters: RedisDedupIndex.dfOffsets(terms),
    });
    if (typeof docs !== 'number' || !Array.isArray(df))
      throw new DedupIndexError('unexpected answer from the document-frequency script');
    return { docs, df: df.map(Number) };
  }

  async recall(pairs: readonly number[], at: TimeWindow): Promise<RecallHit[]> {
    if (!at.memoryMs || !pairs.length) return [];
    const probes: string[] = [];
    const checks: Buffer[] = [];
    const of: { pair: number; bucket: number }[] = [];
    for (const bucket of memoryBuckets(at.time, at.memoryMs))
      pairs.forEach((pair, i) => {
        probes.push(`${bucket}:${memoryShard(pair)}`);
        checks.push(memoryCheck(pair));
        of.push({ pair: i, bucket });
      });
    const reply = await this.scripts.recall({
      base: this.k(''),
      probes: probes.join(','),
      checks: Buffer.concat(checks),
    });
    const hits: RecallHit[] = [];
    for (let i = 0; i + 1 < reply.length; i += 2) {
      const n = reply[i];
      const id = reply[i + 1];
      if (typeof n !== 'number' || !(id instanceof Buffer) || !of[n - 1]) continue;
      hits.push({ storyId: `s-${id.toString('hex')}`, ...of[n - 1]! });
    }
    return hits;
  }
}
