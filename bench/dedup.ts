// npm run bench:dedup — dedup and story clustering: quality, near-duplicate detection, and cost at scale.
//   1. Story quality on every real corpus of ../shared/data/clusters, one table (see bench/dedup-quality.ts):
//      deltafeed next to online TF-IDF at its best threshold, with leave-one-corpus-out rows.
//   2. Near duplicates: pairwise precision/recall of duplicateOf on generated wire copies (simulation/local-news.ts),
//      next to exact-fingerprint matching alone.
//   3. Scale: N synthetic articles (default 100,000) through the Redis index under a dedicated prefix (deleted
//      afterwards): ms per article p50/p99 around 10k/50k/100k and Redis memory per article, next to the same
//      core on the memory index.
//   Optional part "order" (bench/dedup-order.ts): story quality on the real corpora in shuffled arrival orders.
//   Optional part "steady" (bench/support/steady-state.ts): the Redis index in steady state over weeks of stream
//   time, bytes per article held, Redis CPU and lookup cost at days 3/10/30/60, next to a 3-day story reach.
// Env: DEDUP_BENCH_N, DEDUP_BENCH_PARTS (default "quality,near,scale"; "order", "steady" on request),
// DEDUP_STEADY_RATE (articles a day, 1000), DEDUP_STEADY_DAYS (60),
// DEDUP_STEADY_REACHES (story reaches in days, "14,3"), DEDUP_STEADY_SHARDS (shards per bucket; default the
// density RedisDedupIndexOptions recommends for the rate), DEDUP_STEADY_CHECKPOINTS (days to measure, "3,10,30,60"
// and the last), DEDUP_STEADY_BUCKETS (1: bytes by bucket), STORY_MEMORY ("off": the reach alone),
// DEDUP_ORDER_SHUFFLES, DEDUP_CORPORA (../shared/data/clusters),
// DEDUP_BENCH_EVAL (eval-clusters.mjs), DELTAFEED_STORY_MODEL, REDIS_URL.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { storyQuality } from './dedup-quality.js';
import { arrivalOrder } from './dedup-order.js';
import { createDeduper, type DedupDoc } from '../src/dedup/deduper.js';
import { redisStoryRedirects } from '../src/store/story-merges.js';
import { fingerprintOfNormalized } from '../src/dedup/fingerprint.js';
import { MemoryDedupIndex } from '../src/dedup/memory-index.js';
import { normalizeText } from '../src/dedup/text.js';
import { bucketMs, bucketRange } from '../src/dedup/index-types.js';
import { COPY_WINDOW_MS, STORY_REACH_MS } from '../src/dedup/story-time.js';
import { RedisDedupIndex } from '../src/store/dedup-index.js';
import { tailReport, timedIndex, watchGc, type ArticleTiming } from './support/tail-watch.js';
import { steadyState } from './support/steady-state.js';
import {
  makeEvent,
  makeTowns,
  newsStream,
  rng,
  syndicate,
  tellEvent,
  VARIANT_KINDS,
  type SynthArticle,
  type VariantKind,
} from '../simulation/local-news.js';

const N = Number(process.env.DEDUP_BENCH_N ?? 100_000);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let interrupted = false;
const PARTS = new Set((process.env.DEDUP_BENCH_PARTS ?? 'quality,near,scale').split(','));
const DAY = 86_400_000;
/** The copies' window of the scale run (what daysRead counts), and its story reach (the defaults). */
const WINDOW = COPY_WINDOW_MS;
const REACH = STORY_REACH_MS;

const f3 = (x: number) => x.toFixed(3);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

// ---------------------------------------------------------------- 1. story quality: bench/dedup-quality.ts

// ---------------------------------------------------------------- 2. near duplicates

function nearDupCorpus(events: number): SynthArticle[] {
  const r = rng(11);
  const towns = makeTowns(r, 25);
  const start = Date.parse('2025-02-01T00:00:00Z');
  const out: SynthArticle[] = [];
  for (let i = 0; i < events; i++) {
    const e = makeEvent(r, i, start + Math.floor(r() * 30 * DAY), towns);
    const a = tellEvent(r, e, `e${i}-a`, Math.floor(r() * 120), 0);
    out.push(a, tellEvent(r, e, `e${i}-b`, 60 + Math.floor(r() * 600), 1));
    if (i % 2 === 0)
      out.push(
        syndicate(r, a, `e${i}-copy`, VARIANT_KINDS[(i / 2) % VARIANT_KINDS.length]!, 30 + Math.floor(r() * 900)),
      );
  }
  return out.sort((x, y) => x.published.localeCompare(y.published) || x.id.localeCompare(y.id));
}

async function nearDuplicates(): Promise<void> {
  console.log('\n== 2. Near duplicates (generated wire copies; pairs are copy -> original)');
  const docs = nearDupCorpus(1000);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const root = (id: string) => byId.get(id)?.copyOf ?? id;
  const deduper = createDeduper(new MemoryDedupIndex());
  const predicted: [string, string][] = [];
  const exact: [string, string][] = [];
  const fps = new Map<string, string>();
  for (const d of docs) {
    const r = await deduper.assign({ id: d.id, title: d.title, text: d.text, published: d.published });
    if (r.duplicateOf) predicted.push([d.id, r.duplicateOf]);
    const fp = fingerprintOfNormalized(normalizeText(d.text));
    const orig = fps.get(fp);
    if (orig) exact.push([d.id, orig]);
    else fps.set(fp, d.id);
  }
  const gold = docs.filter((d) => d.copyOf);
  const score = (pairs: [string, string][]) => {
    const right = pairs.filter(([a, b]) => root(a) === root(b)).length;
    return { P: pairs.length ? right / pairs.length : 1, R: right / gold.length, n: pairs.length };
  };
  const ours = score(predicted);
  const base = score(exact);
  const f1 = (s: { P: number; R: number }) => (s.P + s.R ? (2 * s.P * s.R) / (s.P + s.R) : 0);
  console.log(
    `   ${docs.length} articles: ${gold.length} copies, ${docs.length - gold.length} originals (two outlets per event, in their own words)`,
  );
  console.log(`   exact fingerprint    P=${f3(base.P)} R=${f3(base.R)} F1=${f3(f1(base))} (${base.n} pairs)`);
  console.log(
    `   MinHash/LSH deduper  P=${f3(ours.P)} R=${f3(ours.R)} F1=${f3(f1(ours))} (${ours.n} pairs)  recall x${(ours.R / Math.max(base.R, 1e-9)).toFixed(1)} of exact`,
  );
  const found = new Set(predicted.filter(([a, b]) => root(a) === root(b)).map(([a]) => a));
  const perKind = VARIANT_KINDS.map((k: VariantKind) => {
    const ofKind = gold.filter((d) => d.variant === k);
    return `${k} ${ofKind.filter((d) => found.has(d.id)).length}/${ofKind.length}`;
  });
  console.log(`   recall by variant    ${perKind.join(', ')}`);
}

// ---------------------------------------------------------------- 3. scale

/** Bytes and keys under the prefix; `stories`: the bytes kept by the story reach (centroids and postings). */
async function prefixMemory(redis: Redis, prefix: string): Promise<{ bytes: number; keys: number; stories: number }> {
  let cursor = '0';
  let bytes = 0;
  let keys = 0;
  let stories = 0;
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 2000);
    cursor = next;
    if (batch.length) {
      const p = redis.pipeline();
      for (const k of batch) p.memory('USAGE', k, 'SAMPLES', 0);
      ((await p.exec()) ?? []).forEach(([, v], i) => {
        bytes += Number(v ?? 0);
        if (/:dedup:(st|sd|sl|post):/.test(batch[i]!)) stories += Number(v ?? 0);
      });
      keys += batch.length;
    }
  } while (cursor !== '0');
  return { bytes, keys, stories };
}

async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 2000);
    cursor = next;
    if (batch.length) await redis.unlink(...batch);
  } while (cursor !== '0');
}

async function timeStream(
  docs: SynthArticle[],
  deduper: ReturnType<typeof createDeduper>,
  spent: { ms: number },
  checkpoints: number[],
  onCheckpoint: (n: number, window: number[], timings: ArticleTiming[]) => Promise<void>,
): Promise<void> {
  const timings: ArticleTiming[] = [];
  for (let i = 0; i < docs.length; i++) {
    if (interrupted) throw new Error('interrupted');
    const d = docs[i]!;
    const doc: DedupDoc = { id: d.id, title: d.title, text: d.text, published: d.published };
    spent.ms = 0;
    const t0 = performance.now();
    await deduper.assign(doc);
    timings.push({ start: t0, end: performance.now(), indexMs: spent.ms });
    if (checkpoints.includes(i + 1)) {
      const last = timings.slice(Math.max(0, i + 1 - 5000));
      await onCheckpoint(
        i + 1,
        last.map((t) => t.end - t.start),
        last,
      );
    }
  }
}

/**
 * Days of articles filed in the buckets a lookup at `time` reads (the stream began at `start`): what a lookup's
 * work grows with. A 3-day window reads two 4-day buckets, so this moves between 3 and 7 days with where the
 * article falls in its bucket, and stops growing once the stream is a bucket and a window old.
 */
function daysRead(time: number, start: number, windowMs: number): number {
  const span = bucketMs(windowMs);
  let ms = 0;
  for (const b of bucketRange({ time, windowMs }))
    ms += Math.max(0, Math.min((b + 1) * span, time) - Math.max(b * span, start));
  return ms / DAY;
}

async function scale(): Promise<void> {
  console.log(`\n== 3. Scale: ${N.toLocaleString('en')} synthetic articles through the Redis index`);
  const docs = newsStream(3, N, Math.max(1, Math.round(N / 5000)));
  console.log(
    `   stream: ${Math.max(1, Math.round(N / 5000))} days, ~5,000 articles a day, ${docs.filter((d) => d.copyOf).length} wire copies; p50/p99 over the last 5,000 articles before each point`,
  );
  const checkpoints = [10_000, 50_000, 100_000].filter((c) => c <= N);
  if (!checkpoints.includes(N)) checkpoints.push(N);

  const baseN = Math.min(N, 10_000);
  let baseP50 = NaN;
  let baseP99 = NaN;
  await timeStream(docs.slice(0, baseN), createDeduper(new MemoryDedupIndex()), { ms: 0 }, [baseN], (_n, w) => {
    baseP50 = pct(w, 50);
    baseP99 = pct(w, 99);
    return Promise.resolve();
  });
  console.log(
    `   baseline: same core on the memory index, first ${baseN.toLocaleString('en')}: p50 ${baseP50.toFixed(2)} ms, p99 ${baseP99.toFixed(2)} ms`,
  );

  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const prefix = `dfbench-dedup-${randomBytes(4).toString('hex')}`;
  // An interrupted run still leaves nothing behind: the loop stops at the next article, then `finally` cleans up.
  const onSignal = () => {
    interrupted = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const usedBefore = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0);
  // Redis CPU per article: the server's share of the cost, which the machine's other load moves much less than
  // wall-clock latency (the whole server's CPU: other tenants count too).
  const redisCpu = async () => {
    const info = await redis.info('cpu');
    return Number(/used_cpu_user:([\d.]+)/.exec(info)?.[1] ?? 0) + Number(/used_cpu_sys:([\d.]+)/.exec(info)?.[1] ?? 0);
  };
  let cpuAt = { n: 0, s: await redisCpu() };
  const gc = watchGc();
  try {
    const timed = timedIndex(new RedisDedupIndex({ redis, prefix }, { shards: 4096 }));
    // With the redirects of late merges, as the pipeline runs it (one more read per article).
    const deduper = createDeduper(timed.index, {
      storyWindowMs: REACH,
      redirects: redisStoryRedirects({ redis, prefix }),
    });
    const tails: string[] = [];
    const start = Date.parse(docs[0]!.published);
    console.log(
      '   articles | p50 ms | p99 ms | p99/memory-index p99 | days read | Redis CPU ms/article | index bytes/article (stories) | keys   | used_memory delta/article',
    );
    await timeStream(docs, deduper, timed.spent, checkpoints, async (n, w, timings) => {
      const recent = docs.slice(Math.max(0, n - w.length), n);
      const days =
        recent.reduce((sum, d) => sum + daysRead(Date.parse(d.published), start, WINDOW), 0) /
        Math.max(1, recent.length);
      // Read before the memory scan below, and restarted after it: the scan's own CPU is left out.
      const cpuMs = (((await redisCpu()) - cpuAt.s) * 1000) / (n - cpuAt.n);
      const mem = await prefixMemory(redis, prefix);
      const used = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0);
      console.log(
        `   ${String(n).padStart(8)} | ${pct(w, 50).toFixed(2).padStart(6)} | ${pct(w, 99).toFixed(2).padStart(6)} | ${`x${(pct(w, 99) / baseP99).toFixed(2)}`.padStart(20)} | ${days.toFixed(1).padStart(9)} | ${cpuMs.toFixed(2).padStart(20)} | ${`${(mem.bytes / n).toFixed(0)} (${(mem.stories / n).toFixed(0)})`.padStart(29)} | ${String(mem.keys).padStart(6)} | ${((used - usedBefore) / n).toFixed(0)} (whole server, others included)`,
      );
      const t = tailReport(timings, gc.pauses);
      tails.push(
        `   ${String(n).padStart(8)} | ${t.meanMs.toFixed(2).padStart(7)} | ${t.indexMs.toFixed(2).padStart(17)} | ${`${(t.gcShare * 100).toFixed(0)}%, ${t.gcMs.toFixed(1)} ms`.padStart(17)} | ${`${(t.spellShare * 100).toFixed(0)}%`.padStart(20)} | ${(t.gcShareAll * 100).toFixed(1)}%`,
      );
      cpuAt = { n, s: await redisCpu() };
    });
    console.log(
      "   (days read: days of articles in the buckets the lookups read, on average; a lookup's work grows with it, not with the index)",
    );
    // Slow spells: slow articles within two of another slow one (about 4% if slowness struck articles at random).
    console.log('   why the slowest 1% were slow (index calls include any GC pause that fell inside them):');
    console.log(
      '   articles | mean ms | in index calls ms | met a GC pause   | within 2 of another | all articles meeting a GC pause',
    );
    for (const line of tails) console.log(line);
  } finally {
    gc.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await deletePrefix(redis, prefix);
    redis.disconnect();
  }
  console.log('   targets: p99 < 5 ms per article, flat as the index grows; < 1,024 bytes of Redis memory per article');
}

async function steady(): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const onSignal = () => {
    interrupted = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const days = Number(process.env.DEDUP_STEADY_DAYS ?? 60);
    await steadyState({
      redis,
      redisCpu: async () => {
        const info = await redis.info('cpu');
        return (
          Number(/used_cpu_user:([\d.]+)/.exec(info)?.[1] ?? 0) + Number(/used_cpu_sys:([\d.]+)/.exec(info)?.[1] ?? 0)
        );
      },
      rate: Number(process.env.DEDUP_STEADY_RATE ?? 1000),
      days,
      checkpoints: process.env.DEDUP_STEADY_CHECKPOINTS
        ? process.env.DEDUP_STEADY_CHECKPOINTS.split(',').map(Number)
        : [3, 10, 30, 60].filter((d) => d < days).concat(days),
      isInterrupted: () => interrupted,
      reachDays: process.env.DEDUP_STEADY_REACHES?.split(',').map(Number),
      shards: process.env.DEDUP_STEADY_SHARDS ? Number(process.env.DEDUP_STEADY_SHARDS) : undefined,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    redis.disconnect();
  }
}

if (PARTS.has('quality')) await storyQuality();
if (PARTS.has('order')) await arrivalOrder();
if (PARTS.has('near')) await nearDuplicates();
if (PARTS.has('scale')) await scale();
if (PARTS.has('steady')) await steady();
