// The dedup stage's groups steps on real Redis (the StoryGroups core over RedisStoryGroupsState, a real
// RedisDedupIndex for document frequencies, a real BullMQ queue for the story.updated jobs): ten reports of two
// groundings in one index story are cut into two public stories; an attempt that stops after placing the
// article that makes the cut (its groups saved, its record saved, nothing public written) and is resumed comes
// out with the same stories, articles and jobs as one that never stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import type { ArticleRecord } from '../../src/model.js';
import type { DedupDoc } from '../../src/dedup/deduper.js';
import type { PipelineDeps } from '../../src/deps.js';
import { StoryGroups } from '../../src/dedup/story-groups.js';
import { parseSplitRule } from '../../src/dedup/story-split.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { RedisStoryGroupsState } from '../../src/store/story-groups.js';
import { getStoredArticles, saveArticle } from '../../src/store/articles.js';
import { getStoriesById } from '../../src/store/stories.js';
import { createLogger } from '../../src/log.js';
import { placeInGroups, publishGroups, type GroupsWhy } from '../../workers/dedup-groups.js';
import { INTERLEAVED } from '../e2e/ferry-reports.js';

const RULE = 'kmeans,ratio=0.7,online,cap=0.3,years=0.1,most=40,recent=10';
const INDEX_STORY = 's-000000000001';
const DAY = 86_400_000;

const docs: DedupDoc[] = INTERLEAVED.map((r, i) => ({
  id: r.id,
  title: r.title,
  text: r.paragraphs.join('\n\n'),
  published: new Date(Date.UTC(2026, 2, 1, 8, i * 10)).toISOString(),
  url: `https://news.test/${r.id}`,
  source: 'wire',
}));

function record(d: DedupDoc, storyId: string, why: GroupsWhy): ArticleRecord {
  return {
    id: d.id,
    url: d.url!,
    canonicalUrl: d.url!,
    urls: [d.url!],
    source: d.source!,
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
    dedupWhy: { score: 0.9, ...why },
    revisions: 0,
    firstSeen: d.published!,
    updatedAt: d.published!,
  };
}

interface Run {
  redis: TestRedis;
  queue: Queue;
  /** Index of the first article whose step cut a group. */
  cutAt: number;
}

/** Feed every report through placeInGroups / saveArticle / publishGroups; `stopAt` stops before publishing, then resumes. */
async function run(name: string, stopAt: number | null): Promise<Run> {
  const redis = testRedis(name);
  const queue = new Queue('publish', { connection: redis.redis, prefix: `${redis.prefix}:bull` });
  const deps: Pick<PipelineDeps, 'ctx' | 'log' | 'enqueue'> = {
    ctx: redis,
    log: createLogger('silent'),
    enqueue: async (_q, data, opts) => {
      await queue.add('publish', data, opts);
    },
  };
  const state = new RedisStoryGroupsState(redis, {
    storyWindowMs: 14 * DAY,
    storyMemoryMs: 60 * DAY,
    index: new RedisDedupIndex(redis),
  });
  let cutAt = -1;
  for (const [i, d] of docs.entries()) {
    // A fresh core each article, as a restarted worker would have (nothing kept in process).
    const groups = new StoryGroups(parseSplitRule(RULE)!, state);
    const decision = { storyId: INDEX_STORY, duplicateOf: null, newStory: i === 0, score: 0.9, features: {} };
    const { step, why } = await placeInGroups(deps, groups, d, decision, new Map(), d.published!);
    if (step.regrouped && cutAt < 0) cutAt = i;
    const a = record(d, step.storyId, why);
    await saveArticle(redis, a);
    if (i === stopAt) await publishGroups(deps, new StoryGroups(parseSplitRule(RULE)!, state), a, null);
    else await publishGroups(deps, groups, a, step);
  }
  return { redis, queue, cutAt };
}

async function snapshot(r: Run) {
  const articles = await getStoredArticles(
    r.redis,
    docs.map((d) => d.id),
  );
  const labels = [...new Set([...articles.values()].map((a) => a.storyId!))].sort();
  const stories = await getStoriesById(r.redis, labels);
  const jobs = (await r.queue.getJobs(['waiting', 'delayed', 'prioritized'])).map((j) => j.id).sort();
  return { labels, stories: [...stories.values()], storyIds: docs.map((d) => articles.get(d.id)?.storyId), jobs };
}

describe('groups steps through the dedup stage', () => {
  let straight: Run;
  let resumed: Run;
  beforeAll(async () => {
    straight = await run('groupsstraight', null);
    resumed = await run('groupsresumed', straight.cutAt);
  }, 60_000);
  afterAll(async () => {
    for (const r of [straight, resumed]) {
      await r?.queue.obliterate({ force: true });
      await r?.queue.close();
      await r?.redis.cleanup();
    }
  });

  it('cuts the two groundings into two public stories, each with its own reports', async () => {
    expect(straight.cutAt).toBeGreaterThan(0);
    const s = await snapshot(straight);
    expect(s.labels).toHaveLength(2);
    const byStory = new Map<string, string[]>();
    docs.forEach((d, i) => byStory.set(s.storyIds[i]!, [...(byStory.get(s.storyIds[i]!) ?? []), d.id]));
    expect([...byStory.values()].map((ids) => ids.map((id) => id.split('-')[0]!)).map((k) => new Set(k).size)).toEqual([
      1, 1,
    ]);
    const kept = s.stories.find((x) => x.id === INDEX_STORY)!;
    const cut = s.stories.find((x) => x.id !== INDEX_STORY)!;
    expect(kept.splitInto).toEqual([cut.id]);
    expect(cut.splitFrom).toBe(INDEX_STORY);
    expect(cut.articles.map((a) => a.id)).toEqual(byStory.get(cut.id));
  });

  it('a resumed attempt at the cut ends as the straight run did', async () => {
    expect(resumed.cutAt).toBe(straight.cutAt);
    expect(await snapshot(resumed)).toEqual(await snapshot(straight));
  });
});
