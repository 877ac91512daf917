// A stage job that stops part-way (the process crashes, or Redis fails a command) is attempted again by
// BullMQ: the retry must finish the work, not take it as done. Here the first attempt of every dedup and
// topics job fails after its result (article, revision, topic update) is saved and before the next stage is
// queued, as a crash there would; the real pipeline runs in-process on real Redis and BullMQ, and every
// article must still reach its story and the topics stage, and every topic update and revision its webhook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queue } from 'bullmq';
import { testRedis, REDIS_URL, type TestRedis } from '../helpers/redis.js';
import { startSyntheticPublisher, type SyntheticPublisher } from '../../simulation/synthetic-publisher.js';
import { TOPIC } from '../../simulation/article-text.js';
import { pendingJobs } from '../../simulation/stage-watch.js';
import { waitFor } from '../../simulation/processes.js';
import { createApp, type App } from '../../src/app.js';
import { validateConfig } from '../../src/config/load.js';
import { createLogger } from '../../src/log.js';
import { countArticles, findArticleIdByUrl, getArticle } from '../../src/store/articles.js';
import { getStory } from '../../src/store/stories.js';
import { countRevisions } from '../../src/store/revisions.js';
import { listTopicUpdates } from '../../src/store/topics.js';
import { SECRET, startSlowReceiver, type SlowReceiver } from './support/scenario.js';

let redis: TestRedis;
let pub: SyntheticPublisher;
let app: App;
let receiver: SlowReceiver;
/** Fail the first enqueue of each key that `failFirst` names (null: no failure). */
let failFirst: (queue: string, data: unknown) => string | null = () => null;
const failed = new Set<string>();
const passed = new Set<string>();

async function untilIdle(done: () => Promise<boolean>): Promise<void> {
  const queues = Object.values(app.queues) as Queue[];
  let quiet = 0;
  await waitFor(
    'the pipeline to finish',
    async () => {
      const idle = (await done()) && (await pendingJobs(queues)) === 0 && (await app.deps.delivery.pending()) === 0;
      quiet = idle ? quiet + 1 : 0;
      return quiet >= 3;
    },
    { timeoutMs: 50_000, everyMs: 200 },
  );
}

beforeAll(async () => {
  redis = testRedis('scale-retry');
  receiver = await startSlowReceiver();
  pub = await startSyntheticPublisher({ feeds: 2, articlesPerFeed: 6, seed: 41, topicShare: 1 });
  const config = validateConfig(
    {
      redis: { url: REDIS_URL, prefix: redis.prefix },
      fetch: { perHostConcurrency: 8, perHostRate: 1000, allowPrivateNetworks: true },
      sources: pub.feeds.map((f) => ({ id: f.id, url: f.url, every: '10m', allowPrivateNetworks: true })),
      topics: [TOPIC],
      webhooks: [{ id: 'retry-hook', url: receiver.url, secret: SECRET, allowPrivateNetworks: true }],
      workers: { concurrency: 4, extractThreads: 0 },
      log: { level: 'silent' },
    },
    {},
  );
  app = createApp(config, { roles: ['worker'], logger: createLogger('silent'), once: true });
  const enqueue = app.deps.enqueue;
  app.deps.enqueue = async (queue, data, opts) => {
    const k = failFirst(queue, data);
    if (k !== null) {
      if (!failed.has(k)) {
        failed.add(k);
        throw new Error(`injected failure before queueing ${queue}`);
      }
      passed.add(k);
    }
    return enqueue(queue, data, opts);
  };
  await app.start();
});

afterAll(async () => {
  await app?.close();
  await receiver?.close();
  await pub?.close();
  await redis?.cleanup();
});

describe('stage jobs retried after stopping part-way', () => {
  it('still sends every new article on to its story and the topics stage, and every topic update to its webhook', async () => {
    failFirst = (queue, data) => {
      const e = data as { articleId?: string; kind?: string; updateId?: string };
      if (queue === 'topics') return e.articleId as string;
      return queue === 'publish' && e.kind === 'topic.updated' ? `topic:${e.updateId}` : null;
    };
    for (const f of pub.feeds) await app.deps.enqueue('poll', { sourceId: f.id }, { jobId: `poll-${f.id}-1` });
    const n = pub.articles.length;
    await untilIdle(
      async () => (await countArticles(redis)) >= n && [...failed].filter((k) => !k.startsWith('topic:')).length >= n,
    );

    const ids: string[] = [];
    for (const a of pub.articles) ids.push((await findArticleIdByUrl(redis, a.url)) as string);
    const { items: updates } = await listTopicUpdates(redis, TOPIC.id, 0, 1000);
    expect(updates.length).toBeGreaterThan(0);
    const expected = [...ids, ...updates.map((u) => `topic:${u.id}`)].sort();
    expect([...failed].sort()).toEqual(expected);
    expect([...passed].sort()).toEqual(expected);
    const announced = receiver.received.map(
      (r) => JSON.parse(r.body) as { type: string; data: { update: { id: string } } },
    );
    expect(announced.map((e) => e.data.update.id).sort()).toEqual(updates.map((u) => u.id).sort());
    for (const id of ids) {
      const article = await getArticle(redis, id);
      const story = await getStory(redis, article?.storyId as string);
      expect(story?.articles.filter((m) => m.id === id).length, `${id} in its story once`).toBe(1);
    }
  });

  it('still announces every revision (one webhook event each)', async () => {
    failed.clear();
    passed.clear();
    failFirst = (queue, data) => {
      const e = data as { kind?: string; articleId?: string; n?: number };
      return queue === 'publish' && e.kind === 'article.revised' ? `${e.articleId}/${e.n}` : null;
    };
    const revised = [0, 3, 5, 8];
    pub.revise(revised);
    for (const f of pub.feeds) await app.deps.enqueue('poll', { sourceId: f.id }, { jobId: `poll-${f.id}-2` });
    await untilIdle(async () => (await countRevisions(redis)) >= revised.length && failed.size >= revised.length);

    const ids = await Promise.all(
      revised.map(async (i) => `${await findArticleIdByUrl(redis, pub.articles[i]?.url as string)}/1`),
    );
    expect([...failed].sort()).toEqual([...ids].sort());
    expect([...passed].sort()).toEqual([...ids].sort());
    const received = receiver.received.filter(
      (r) => (JSON.parse(r.body) as { type: string }).type === 'article.revised',
    );
    const events = received.map((r) => JSON.parse(r.body) as { data: { article: { id: string } } });
    expect(events.map((e) => `${e.data.article.id}/1`).sort()).toEqual([...ids].sort());
    expect(new Set(received.map((r) => r.id)).size).toBe(revised.length);
  });
});
