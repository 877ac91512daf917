// Hindsight splits as the pipeline runs them (issue 16, branch splitapi): each dev corpus, retimed, through the
// dedup stage's own parts on Redis (RedisDedupIndex, the deduper with Redis redirects, StoryGroups over
// RedisStoryGroupsState, article records, applyGroupsStep) against `deltafeed cluster`'s memory path with the same
// rule. Prints, per corpus: pairwise F1 of both against the gold stories, how many articles the two put in
// different stories (parity), ms per article with splits off and on, and the Redis bytes of the groups keys.
//   node dist/bench/story-groups-pipeline.js [RULE] [SEED] [SPAN_DAYS]
// Needs a Redis at REDIS_URL (default 127.0.0.1:6379); uses a fresh prefix per run and deletes it after.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { devCorpora, type Corpus } from './support/corpora.js';
import { retimed } from './support/retime.js';
import { pairwise } from './support/cluster-metrics.js';
import { prefixMemory } from './support/redis-memory.js';
import { clusterArticles } from '../src/cli/cluster.js';
import { createDeduper, type DedupDoc } from '../src/dedup/deduper.js';
import { parseSplitRule, type SplitRule } from '../src/dedup/story-split.js';
import { StoryGroups } from '../src/dedup/story-groups.js';
import { RedisDedupIndex } from '../src/store/dedup-index.js';
import { RedisStoryGroupsState } from '../src/store/story-groups.js';
import { redisStoryRedirects } from '../src/store/story-merges.js';
import { addToStory } from '../src/store/stories.js';
import { getArticle, saveArticle } from '../src/store/articles.js';
import type { StoreCtx } from '../src/store/context.js';
import type { ArticleRecord } from '../src/model.js';
import { createLogger } from '../src/log.js';
import { placeInGroups, publishGroups } from '../workers/dedup-groups.js';
import { PendingMerges } from '../src/dedup/group-merges.js';
import { deleteMatching } from '../simulation/redis-keys.js';

const RULE = process.argv[2] ?? 'kmeans,ratio=0.7,online,cap=0.3,years=0.1,most=40,recent=10';
const SEED = Number(process.argv[3] ?? 1);
const SPAN = Number(process.argv[4] ?? 30);
const DAY = 86_400_000;

function record(d: DedupDoc, storyId: string, why: Record<string, unknown>): ArticleRecord {
  const url = `https://bench.test/${encodeURIComponent(d.id)}`;
  return {
    id: d.id,
    url,
    canonicalUrl: url,
    urls: [url],
    source: 'bench',
    title: d.title,
    byline: null,
    published: d.published,
    modified: null,
    lang: 'en',
    image: null,
    text: d.text,
    html: '',
    fingerprint: d.id,
    storyId,
    duplicateOf: null,
    dedupWhy: why,
    revisions: 0,
    firstSeen: d.published!,
    updatedAt: d.published!,
  };
}

/** The stream through the dedup stage's parts on a fresh prefix; each article's public story at the end. */
async function pipeline(redis: Redis, docs: DedupDoc[], rule: SplitRule | null) {
  const ctx: StoreCtx = { redis, prefix: `bench-groups-${randomBytes(4).toString('hex')}` };
  let latest = 0;
  const index = new RedisDedupIndex(ctx);
  const groups = rule
    ? new StoryGroups(rule, new RedisStoryGroupsState(ctx, { storyWindowMs: 14 * DAY, storyMemoryMs: 60 * DAY, index }))
    : null;
  const deps = { ctx, log: createLogger('silent'), enqueue: () => Promise.resolve() };
  const base = redisStoryRedirects(ctx);
  const merges = new PendingMerges();
  const deduper = createDeduper(index, {
    storyWindowMs: 14 * DAY,
    redirects: groups ? merges.wrap(base) : base,
    now: () => latest,
  });
  const started = performance.now();
  for (const d of docs) {
    latest = Math.max(latest, Date.parse(d.published!));
    const decision = await deduper.assign(d);
    const placed = groups ? await placeInGroups(deps, groups, d, decision, merges.take(), d.published!) : null;
    const a = record(d, placed?.step.storyId ?? decision.storyId, { score: decision.score, ...placed?.why });
    await saveArticle(ctx, a);
    if (groups && placed) await publishGroups(deps, groups, a, placed.step);
    else
      await addToStory(ctx, a.storyId!, {
        id: a.id,
        url: a.url,
        source: a.source,
        title: a.title,
        joinedAt: a.firstSeen,
        score: decision.score,
      });
  }
  const ms = (performance.now() - started) / docs.length;
  // As the API answers (/api/articles/{id}): an absorbed story's articles followed to the survivor.
  const followed = await Promise.all(docs.map(async (d) => (await getArticle(ctx, d.id))!.storyId!));
  const usage = await prefixMemory(redis, ctx.prefix);
  const groupBytes = usage.find((u) => u.family === 'story-groups')?.bytes ?? 0;
  await deleteMatching(redis, `${ctx.prefix}:*`);
  return { stories: followed, ms, groupBytes };
}

async function main(): Promise<void> {
  const rule = parseSplitRule(RULE);
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  console.log(`rule ${RULE}, retimed seed ${SEED} over ${SPAN} days`);
  console.log(
    'corpus | articles | F1 off (Redis) | F1 on: memory / Redis | articles in other stories off / on | ms/article off / on | groups B/article',
  );
  for (const c of devCorpora()) {
    const r: Corpus = retimed(c, SEED, SPAN);
    const order = r.docs.map((d, i) => ({ d, g: r.gold[i]!, t: Date.parse(d.published!) })).sort((a, b) => a.t - b.t);
    const docs = order.map((o) => o.d);
    const gold = order.map((o) => o.g);
    const memory = (await clusterArticles(docs, { split: rule, storyWindowMs: 14 * DAY })).map((a) => a.storyId);
    const memoryOff = (await clusterArticles(docs, { split: null, storyWindowMs: 14 * DAY })).map((a) => a.storyId);
    const off = await pipeline(redis, docs, null);
    const on = await pipeline(redis, docs, rule);
    // Parity: articles whose story-mates differ between the memory path and Redis.
    const mates = (s: string[]) => s.map((x, i) => s.flatMap((y, j) => (y === x && j !== i ? [j] : [])).join(','));
    const m = mates(memory);
    const p = mates(on.stories);
    const differ = m.filter((x, i) => x !== p[i]).length;
    const mo = mates(memoryOff);
    const po = mates(off.stories);
    const differOff = mo.filter((x, i) => x !== po[i]).length;
    console.log(
      `${c.name} | ${docs.length} | ${pairwise(gold, off.stories).F1.toFixed(3)} | ${pairwise(gold, memory).F1.toFixed(3)} / ${pairwise(gold, on.stories).F1.toFixed(3)} | ${differOff} / ${differ} | ${off.ms.toFixed(1)} / ${on.ms.toFixed(1)} | ${(on.groupBytes / docs.length).toFixed(0)}`,
    );
  }
  redis.disconnect();
}

await main();
