// A long, cheap memory of stories (issue 16: stories come back weeks after the reach). The index holds a story's
// centroid for the reach only (`dedup.storyWindow`); past it, a development (an arrest, charges, a trial) would
// start a story of its own. The memory keeps, per story, one signature: a hash of the pair of its two rarest
// names (people, places, numbers, each in few articles of the stream) and its id, 9 bytes, for
// `dedup.storyMemory` after its last join. It is read only when nothing within the reach fits (the article would
// start a story), and a remembered story is continued only when the article names both of its pair among its own
// rarest names: two rare names shared, where another incident of the same kind in the same town shares the town
// (in many articles, so never rare) and the words of its kind, not its people. The story then continues under
// its old id and is in the reach again.
//
// Cost, capped by activity: a story writes its signature when it starts, and again only on a join in a later
// memory bucket (MEMORY_PARAMS.bucketMs) than its previous article, so a story holds at most one signature per
// bucket however many articles it has, and each bucket expires the memory after its end.
import { fmix32, kindOfId, TERM_KINDS } from './hash.js';
import { DAY_MS, STORY_ID, type DedupIndex, type RecallHit, type TimeWindow } from './index-types.js';
import type { StoryRedirects } from './story-merge.js';
import type { ArticleVector } from './story-vector.js';

export const MEMORY_PARAMS = {
  /** Specificity (see story-vector.ts, specificity) from which a name counts as rare on both sides. */
  rare: 0.5,
  /** The article's strongest rare names the memory is asked by (their pairs: at most 6). */
  queryNames: 4,
  /** Memory buckets span this long; a lookup reads those from `time - memory` to `time`. */
  bucketMs: 30 * DAY_MS,
  /** Strings per memory bucket (the pair hash's low bits). */
  shards: 16,
  /** Bytes of a signature: 3 of the pair hash (its bits above the shard's) and the story id's 6. */
  recordBytes: 9,
} as const;

/** The default memory (`dedup.storyMemory`): how long after its last join a story is remembered. */
export const STORY_MEMORY_MS = 60 * DAY_MS;

const NAME_KINDS = new Set(['e', 'n', 'p'].map((k) => TERM_KINDS.indexOf(k as (typeof TERM_KINDS)[number])));

/**
 * The article's rare names (indexes into the vector), strongest first; at most `limit`. By weight, not by
 * specificity: the names a story's later article shares with it were counted in its earlier articles, so they
 * are less specific than the article's own new names, yet they are the ones it repeats.
 */
export function rareNames(v: ArticleVector, limit: number): number[] {
  const out: number[] = [];
  const words = new Set<string>();
  for (let i = 0; i < v.ids.length && out.length < limit; i++) {
    if (!NAME_KINDS.has(kindOfId(v.ids[i]!)) || v.specificities[i]! < MEMORY_PARAMS.rare) continue;
    // One name per last word: "e:peter capaldi" and "e:capaldi", "p:paris" and "e:paris" are one piece of evidence.
    const name = v.names[i]!;
    const word = name.slice(name.lastIndexOf(' ') + 1).replace(/^[a-z]:/, '');
    if (words.has(word)) continue;
    words.add(word);
    out.push(i);
  }
  return out;
}

/** A 32-bit hash of two term ids, whichever order they come in. */
export function pairHash(a: number, b: number): number {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return fmix32((fmix32(lo) + Math.imul(hi, 0x9e3779b1)) >>> 0);
}

/** The pairs of the article's rarest names, as the memory is asked by them. */
export function memoryQuery(v: ArticleVector): number[] {
  const names = rareNames(v, MEMORY_PARAMS.queryNames);
  const pairs: number[] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) pairs.push(pairHash(v.ids[names[i]!]!, v.ids[names[j]!]!));
  return pairs;
}

/**
 * A story's signature from an article that starts or rejoins it: the pair of the article's two rarest names that
 * the story's centroid holds (all of them, for a story it starts); null with fewer than two.
 */
export function memorySignature(v: ArticleVector, centroidTerms: readonly number[]): number | null {
  const held = new Set(centroidTerms);
  const names = rareNames(v, v.ids.length).filter((i) => held.has(v.ids[i]!));
  return names.length >= 2 ? pairHash(v.ids[names[0]!]!, v.ids[names[1]!]!) : null;
}

/** The memory bucket of a moment. */
export function memoryBucket(time: number): number {
  return Math.floor(time / MEMORY_PARAMS.bucketMs);
}

/** The buckets a memory of `memoryMs` reads at `time`, newest first. */
export function memoryBuckets(time: number, memoryMs: number): number[] {
  const out: number[] = [];
  for (let b = memoryBucket(time); b >= memoryBucket(time - memoryMs); b--) out.push(b);
  return out;
}

/** Shard of a pair hash in its bucket, and the check (its 3 bytes above the shard's bits) a signature keeps. */
export function memoryShard(pair: number): number {
  return pair & (MEMORY_PARAMS.shards - 1);
}

export function memoryRecord(pair: number, storyId: string): Buffer {
  if (!STORY_ID.test(storyId)) throw new Error(`story id ${JSON.stringify(storyId)} is not "s-" and 12 hex digits`);
  const out = Buffer.alloc(MEMORY_PARAMS.recordBytes);
  out.writeUIntBE((pair >>> 8) & 0xffffff, 0, 3);
  out.write(storyId.slice(2), 3, 'hex');
  return out;
}

/** The check bytes of a pair, as a record starts with them. */
export function memoryCheck(pair: number): Buffer {
  return memoryRecord(pair, 's-000000000000').subarray(0, 3);
}

/** Story ids of the records in `records` (a shard's string) that start with `check`, in the order written. */
export function scanMemory(records: Buffer | undefined, check: Buffer): string[] {
  const out: string[] = [];
  if (!records) return out;
  const n = MEMORY_PARAMS.recordBytes;
  for (let at = 0; at + n <= records.length; at += n)
    if (records[at] === check[0] && records[at + 1] === check[1] && records[at + 2] === check[2])
      out.push(`s-${records.toString('hex', at + 3, at + n)}`);
  return out;
}

/**
 * The remembered story to continue, if any: the one most pairs found (each pair once per story), then the one
 * found in the newest bucket, then the first found; stories in `exclude` (those the reach held and the model
 * turned down) are not taken.
 */
export function pickRemembered(
  hits: readonly RecallHit[],
  exclude: ReadonlySet<string>,
): { storyId: string; pairs: number } | null {
  // A Map keeps the order found, and only a strictly better story replaces the best: ties go to the first found.
  const byStory = new Map<string, { pairs: Set<number>; bucket: number }>();
  for (const h of hits) {
    if (exclude.has(h.storyId)) continue;
    const s = byStory.get(h.storyId) ?? { pairs: new Set<number>(), bucket: h.bucket };
    s.pairs.add(h.pair);
    s.bucket = Math.max(s.bucket, h.bucket);
    byStory.set(h.storyId, s);
  }
  let best: [string, { pairs: Set<number>; bucket: number }] | null = null;
  for (const e of byStory) {
    const [, s] = e;
    if (
      !best ||
      s.pairs.size > best[1].pairs.size ||
      (s.pairs.size === best[1].pairs.size && s.bucket > best[1].bucket)
    )
      best = e;
  }
  return best ? { storyId: best[0], pairs: best[1].pairs.size } : null;
}

/**
 * The remembered story an article that would start a story continues, if any (see pickRemembered): ids read
 * through the late merges' redirects, the stories the reach held (`scoredIds`, turned down by the model) left
 * out. Asked only with two rare names or more.
 */
export async function recallStory(
  index: Pick<DedupIndex, 'recall'>,
  v: ArticleVector,
  at: TimeWindow,
  scoredIds: ReadonlySet<string>,
  redirects?: Pick<StoryRedirects, 'resolve'>,
): Promise<{ storyId: string; pairs: number } | null> {
  if (!at.memoryMs || !index.recall) return null;
  const pairs = memoryQuery(v);
  if (!pairs.length) return null;
  let hits = await index.recall(pairs, at);
  if (!hits.length) return null;
  const moved = redirects ? await redirects.resolve([...new Set(hits.map((h) => h.storyId))]) : null;
  if (moved?.size) hits = hits.map((h) => ({ ...h, storyId: moved.get(h.storyId) ?? h.storyId }));
  return pickRemembered(hits, scoredIds);
}
