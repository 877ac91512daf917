// `DEDUP_BENCH_PARTS=steady npm run bench:dedup`: the Redis dedup index in steady state, over a long stream of
// stream time (bench/support/steady-stream.ts), the default story reach next to a 3-day reach in the same run.
//
// Method: Redis expires keys by its own clock, and this stream runs weeks in minutes. So each index counts its
// expiries from the stream's clock (RedisDedupIndexOptions.clock: the newest article's time, moved a year
// ahead of the server's clock so that Redis never expires a key by itself), and after each day of the stream
// the bench deletes the keys whose expiry that day has passed (expireBy): every key lives exactly as long in
// stream time as it would live in real time at this rate, daily expiry refreshes included (their day is the
// stream's). The two configurations take turns day by day (the order alternating), each under its own prefix,
// so that the machine's load falls on both alike. Redis CPU is read around each configuration's turn, so the
// expiry scans and memory counts are left out.
import { createHash, randomBytes, type Hash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createDeduper, type Deduper } from '../../src/dedup/deduper.js';
import type { DedupIndex } from '../../src/dedup/index-types.js';
import { COPY_WINDOW_MS, STORY_REACH_MS } from '../../src/dedup/story-time.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { redisStoryRedirects } from '../../src/store/story-merges.js';
import { deleteKeys, expireBy, hashEntries, prefixMemory } from './redis-memory.js';
import { steadyStream, type SteadyArticle } from './steady-stream.js';
import { table } from './report-format.js';
import { memoryFromEnv } from './retime.js';

const DAY = 86_400_000;
/** Bytes a key with an expiry costs beyond what MEMORY USAGE reports (see checkpoint). */
const KEY_OVERHEAD = 61;
/** Bytes an entry of a hash-table hash costs beyond what MEMORY USAGE reports (see checkpoint). */
const TABLE_ENTRY_OVERHEAD = 8;
/** Keys of the story reach (centroids and postings): every family but the articles' and the shared ones. */
const STORY_FAMILIES = /^dedup:(story|post|st|sd|sl)$/;

interface LaneState {
  name: string;
  prefix: string;
  /** The stream's clock: the newest article's time, then the end of the day. */
  head: number;
  /** Since the last checkpoint. */
  cpuS: number;
  articles: number;
  newStories: number;
  lookupMs: number[];
  posted: number;
  loaded: number;
  /** Every decision (story, copy, merges, score), so that two layouts can be shown to decide alike. */
  decisions: Hash;
}

type Lane = LaneState & { deduper: Deduper };

export interface SteadyOptions {
  redis: Redis;
  redisCpu: () => Promise<number>;
  rate: number;
  days: number;
  checkpoints: readonly number[];
  isInterrupted: () => boolean;
  /** The story reaches to run, in days (default both: the default reach and the copies' window). */
  reachDays?: readonly number[];
  /** Shards per bucket (default: the density RedisDedupIndexOptions recommends for the rate). */
  shards?: number;
}

/** Lookup time (client round trip) and the stories it read, per lookup. */
function measured(index: DedupIndex, l: LaneState): DedupIndex {
  return {
    lookup: async (q, at) => {
      const t0 = performance.now();
      const r = await index.lookup(q, at);
      l.lookupMs.push(performance.now() - t0);
      l.posted += r.stories?.posted ?? 0;
      l.loaded += r.stories?.stories.length ?? 0;
      return r;
    },
    findStories: (q, at, limit) => index.findStories(q, at, limit),
    documentFrequencies: (terms, at) => index.documentFrequencies(terms, at),
    addDuplicate: (fp, original, at) => index.addDuplicate(fp, original, at),
    commit: (c, at) => index.commit(c, at),
    recall: (pairs, at) => index.recall?.(pairs, at) ?? Promise.resolve([]),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function steadyState(o: SteadyOptions): Promise<void> {
  const start = Date.parse('2025-03-01T00:00:00Z');
  const t0 = performance.now();
  // The shards per bucket RedisDedupIndexOptions recommends for the rate (a 3-day window's 4-day buckets), so
  // that the hashes are as full as in a deployment sized for its stream.
  const shards = o.shards ?? 2 ** Math.max(6, Math.round(Math.log2((o.rate * 4 * 21) / 200)));
  const docs = steadyStream(start, { seed: 5, rate: o.rate, days: o.days });
  console.log(
    `\n== Steady state: ${docs.length.toLocaleString('en')} articles over ${o.days} days of stream time (${o.rate}/day, ` +
      `${docs.filter((d) => d.id.includes('-copy')).length} wire copies, ${shards} shards; made in ${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
  // A year ahead of the server's clock: Redis never expires these keys by itself during the run.
  const offset = Date.now() + 365 * DAY - start;
  const lanes: Lane[] = [];
  const reaches = [
    [`reach ${STORY_REACH_MS / DAY}d (default)`, STORY_REACH_MS],
    [`reach ${COPY_WINDOW_MS / DAY}d`, COPY_WINDOW_MS],
  ] as const;
  for (const [name, reachMs] of reaches.filter(([, ms]) => !o.reachDays || o.reachDays.includes(ms / DAY))) {
    const prefix = `dfbench-steady-${randomBytes(4).toString('hex')}`;
    const state: LaneState = {
      name,
      prefix,
      head: start,
      cpuS: 0,
      articles: 0,
      newStories: 0,
      lookupMs: [],
      posted: 0,
      loaded: 0,
      decisions: createHash('sha256'),
    };
    const index = new RedisDedupIndex({ redis: o.redis, prefix }, { shards, clock: () => state.head + offset });
    const deduper = createDeduper(measured(index, state), {
      storyWindowMs: reachMs,
      redirects: redisStoryRedirects({ redis: o.redis, prefix }),
      now: () => state.head,
      // STORY_MEMORY=off: the reach alone (main's decisions before the long memory).
      storyMemoryMs: memoryFromEnv(),
    });
    lanes.push(Object.assign(state, { deduper }));
  }
  const rows: (string | number)[][] = [];
  const byDay: SteadyArticle[][] = Array.from({ length: o.days }, () => []);
  for (const d of docs) byDay[Math.floor((d.time - start) / DAY)]?.push(d);
  try {
    for (let day = 0; day < o.days; day++) {
      const order = day % 2 ? [...lanes].reverse() : lanes;
      for (const lane of order) {
        const cpu0 = await o.redisCpu();
        for (const d of byDay[day]!) {
          if (o.isInterrupted()) throw new Error('interrupted');
          lane.head = d.time;
          const r = await lane.deduper.assign({ id: d.id, title: d.title, text: d.text, published: d.published });
          lane.articles++;
          if (r.newStory) lane.newStories++;
          lane.decisions.update(
            `${d.id} ${r.storyId} ${r.duplicateOf ?? ''} ${r.merged?.join(',') ?? ''} ${r.score}\n`,
          );
        }
        lane.cpuS += (await o.redisCpu()) - cpu0;
        lane.head = start + (day + 1) * DAY;
        await expireBy(o.redis, `${lane.prefix}:dedup:*`, lane.head + offset);
      }
      if (!o.checkpoints.includes(day + 1)) continue;
      for (const lane of lanes) rows.push(await checkpoint(o.redis, lane, docs, day + 1));
      console.log(
        `   day ${day + 1} (${((performance.now() - t0) / 1000).toFixed(0)} s): ${rows
          .slice(-lanes.length)
          .map((r) => r.join(' | '))
          .join(' || ')}`,
      );
    }
    for (const lane of lanes)
      console.log(
        `   ${lane.name}: decisions digest ${lane.decisions.digest('hex').slice(0, 16)} (same digest, same decisions)`,
      );
  } finally {
    for (const lane of lanes) await deleteKeys(o.redis, `${lane.prefix}:*`);
  }
  console.log(
    table(
      [
        'day',
        'configuration',
        'B/article held',
        'stories (centroids, postings)',
        'B/article of 14 days',
        'articles held',
        'sketch MB',
        'Redis CPU ms/article',
        'lookup p50 ms',
        'stories posted / loaded per lookup',
        'new stories/article',
      ],
      rows,
    ),
  );
  console.log(
    '   held: articles the index still knows by fingerprint (copies included; fp: hashes); bytes: MEMORY USAGE and\n' +
      '   61 B of keyspace per key, for every dedup key but the document-frequency sketch (a fixed 4 MB per generation of 100,000 articles, two kept, whatever the rate);\n' +
      '   CPU, lookups and new stories: the articles since the previous row. Target: < 1,024 B per article held.',
  );
}

async function checkpoint(
  redis: Redis,
  lane: LaneState,
  docs: SteadyArticle[],
  day: number,
): Promise<(string | number)[]> {
  // MEMORY USAGE leaves out what a key costs the keyspace: on Redis 7.0, 100,000 keys of 259 bytes with an
  // expiry took 437 bytes each of used_memory, MEMORY USAGE said 376. The difference is added per key.
  // In a hash table (the story span hashes, whose 251-byte values are over the listpack's 64), MEMORY USAGE counts
  // an entry's 24 bytes, which take a 32-byte allocation: 20,000 story slots in 16 hashes took 315 bytes each of
  // used_memory, MEMORY USAGE said 307.
  const tableEntries = await hashEntries(redis, `${lane.prefix}:dedup:sd:*`);
  const fams = (await prefixMemory(redis, lane.prefix))
    .filter((f) => f.family.startsWith('dedup:'))
    .map((f) => ({
      ...f,
      bytes: f.bytes + KEY_OVERHEAD * f.keys + (f.family === 'dedup:sd' ? TABLE_ENTRY_OVERHEAD * tableEntries : 0),
    }));
  const sketch = fams.filter((f) => f.family === 'dedup:dfs').reduce((s, f) => s + f.bytes, 0);
  const bytes = fams.reduce((s, f) => s + f.bytes, 0) - sketch;
  const byFamily = (re: RegExp) => fams.filter((f) => re.test(f.family)).reduce((s, f) => s + f.bytes, 0);
  const centroids = byFamily(/^dedup:(story|st|sd|sl)$/);
  const postings = byFamily(/^dedup:post$/);
  // Articles the index still knows by their fingerprint (copies too): what "per article" meant while every key
  // was kept as long as the article's own.
  const held = await hashEntries(redis, `${lane.prefix}:dedup:fp:*`);
  const recent = docs.filter((d) => d.time >= lane.head - 14 * DAY && d.time < lane.head).length;
  const n = Math.max(1, lane.articles);
  const row = [
    day,
    lane.name,
    (bytes / Math.max(1, held)).toFixed(0),
    `${((centroids + postings) / Math.max(1, held)).toFixed(0)} (${(centroids / Math.max(1, held)).toFixed(0)}, ${(postings / Math.max(1, held)).toFixed(0)})`,
    (bytes / Math.max(1, recent)).toFixed(0),
    held,
    (sketch / 1048576).toFixed(1),
    ((lane.cpuS * 1000) / n).toFixed(2),
    median(lane.lookupMs).toFixed(2),
    `${(lane.posted / n).toFixed(0)} / ${(lane.loaded / n).toFixed(1)}`,
    (lane.newStories / n).toFixed(2),
  ];
  // Where the bytes go: per family, bytes per held article and keys (the sketch left out, as above).
  console.log(
    `   day ${day} ${lane.name}, B/article held by family: ${fams
      .filter((f) => f.family !== 'dedup:dfs')
      .map((f) => `${f.family.slice(6)} ${(f.bytes / Math.max(1, held)).toFixed(0)} (${f.keys} keys)`)
      .join(', ')}`,
  );
  if (process.env.DEDUP_STEADY_BUCKETS) await byBucket(redis, lane.prefix);
  if (
    fams.some((f) => !STORY_FAMILIES.test(f.family) && !/^dedup:(doc|did|fp|lsh|dfs|ttl|seq|born|mem)$/.test(f.family))
  )
    console.log(`   unexpected key families: ${fams.map((f) => f.family).join(', ')}`);
  Object.assign(lane, { cpuS: 0, articles: 0, newStories: 0, lookupMs: [], posted: 0, loaded: 0 });
  return row;
}

/**
 * DEDUP_STEADY_BUCKETS=1: the bytes of the bucketed families (postings, bands, fingerprints) by bucket, MEMORY
 * USAGE and the keyspace's 61 B a key: which buckets are live at a checkpoint.
 */
async function byBucket(redis: Redis, prefix: string): Promise<void> {
  for (const fam of ['post', 'lsh', 'fp']) {
    const groups = new Map<string, { keys: number; bytes: number }>();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:dedup:${fam}:*`, 'COUNT', 1000);
      cursor = next;
      const p = redis.pipeline();
      for (const k of keys) p.call('MEMORY', 'USAGE', k, 'SAMPLES', '0');
      const res = (await p.exec()) ?? [];
      keys.forEach((k, i) => {
        const b = k.split(':')[3] ?? '?';
        const g = groups.get(b) ?? { keys: 0, bytes: 0 };
        g.keys++;
        g.bytes += Number(res[i]?.[1] ?? 0) + KEY_OVERHEAD;
        groups.set(b, g);
      });
    } while (cursor !== '0');
    console.log(
      `     ${fam} by bucket: ${[...groups.entries()]
        .sort()
        .map(([b, g]) => `${b}: ${g.keys} keys ${(g.bytes / 1024).toFixed(0)} KB`)
        .join(', ')}`,
    );
  }
}
