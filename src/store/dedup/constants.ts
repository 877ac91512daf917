// The Redis dedup index's sizes and limits, and every TypeScript constant its Lua scripts use. The scripts get
// them as a prelude of `local NAME = value` lines (see scripts.ts), so the twins in Lua and TypeScript (story
// query, band ranking, capped lists) cannot drift apart.
import { BAND_CANDIDATES, DAY_MS, LIST_MAX_CHARS } from '../../dedup/index-types.js';
import { KEY_TERMS, QUERY_SHARE_MIN_DOCS, STORY_PARAMS } from '../../dedup/story-vector.js';
import { DOC_RECORD } from './records.js';
import { MEMORY_PARAMS } from '../../dedup/story-memory.js';

/**
 * Article slot blocks sized to fill one allocator size class with the string header, allocated whole on first
 * write: growing a string with SETRANGE would double its allocation each time.
 */
export const BLOCK_BYTES = 40_960 - 64;
export const DOCS_PER_BLOCK = Math.floor(BLOCK_BYTES / DOC_RECORD.SIZE);
/** Article ids per `did:` hash (small enough for Redis's compact listpack encoding). */
export const IDS_PER_HASH = 128;
/** Hashes per bucket for fingerprints (fingerprint -> handle). */
export const FP_SHARDS = 64;
/**
 * Stories' slots are kept in a hash per span of this many seconds of the clock (that of their last join), which
 * expires the story reach after the span's end: a story lives up to a span longer than its own expiry would
 * keep it. Six hours: 68 hashes for a 14-day reach, and 1-2% more stories held.
 */
export const STORY_SPAN_SECONDS = 6 * 3600;
// A story location hash expires at the end of a day of the clock plus the reach (lua/commit.lua): never before
// the span hashes it names only if a day ends where a span does.
if ((DAY_MS / 1000) % STORY_SPAN_SECONDS !== 0) throw new Error('STORY_SPAN_SECONDS must divide a day');
/** Story locations (handle -> span) per `sl:` hash: listpack-sized, a few bytes per story. */
export const STORY_LOCS_PER_HASH = 128;
/**
 * How far below its bucket's base a handle may be and still be stored as a small integer (see single() in
 * lua/common.lua): two batches of handles (HANDLE_BATCH) that processes took before the bucket began.
 */
export const LIST_BASE_SLACK = 128;
/**
 * Shards per bucket of a bucket whose count is not recorded: every bucket written before the count went into the
 * bucket's base key (see lua/common.lua), and the count an index of this one writes as before (a base with no
 * count). A band's or term's shard is its id's low bits, so a bucket must be read at the count it was written at.
 */
export const LEGACY_SHARDS = 1024;
/**
 * Shards per bucket of the buckets an index begins (RedisDedupIndexOptions.shards by default): about 180 entries
 * a hash at 1,000 articles a day, within Redis's listpack limit (hash-max-listpack-entries, 512 by default).
 */
export const DEFAULT_SHARDS = 512;
/** Handles taken from Redis's counters at a time (see RedisDedupIndex.handle). */
export const HANDLE_BATCH = 64;

/** What the Lua scripts may use, by the name they use it under. */
export const LUA_CONSTANTS: Readonly<Record<string, number>> = {
  DOC_SLOT: DOC_RECORD.SIZE,
  BLOCK_BYTES,
  DOCS_PER_BLOCK,
  IDS_PER_HASH,
  STORY_SPAN_SECONDS,
  STORY_LOCS_PER_HASH,
  LIST_MAX_CHARS,
  LIST_BASE_SLACK,
  LEGACY_SHARDS,
  BAND_CANDIDATES,
  DAY_SECONDS: DAY_MS / 1000,
  VECTOR_TERMS: STORY_PARAMS.vectorTerms,
  QUERY_TERMS: STORY_PARAMS.queryTerms,
  KEY_TERMS,
  MAX_QUERY_SHARE: STORY_PARAMS.maxQueryShare,
  QUERY_SHARE_MIN_DOCS,
  MEMORY_RECORD: MEMORY_PARAMS.recordBytes,
};

/**
 * The constants as Lua: String(x) is the shortest text that reads back as the same double, so Lua's parser
 * gets exactly the value TypeScript uses.
 */
export function luaConstants(): string {
  return Object.entries(LUA_CONSTANTS)
    .map(([name, value]) => {
      if (!Number.isFinite(value)) throw new Error(`Lua constant ${name} is not a finite number: ${value}`);
      return `local ${name} = ${String(value)}\n`;
    })
    .join('');
}
