// A burst of changes to one feed is pushed to its WebSub subscribers as a few pushes of the feed's current state,
// not one per change, and a change after the burst is pushed again (real worker app, real Redis and BullMQ).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import { createApp, type App } from '../../src/app.js';
import { createLogger } from '../../src/log.js';
import { subscriptionId } from '../../src/publish/websub/content.js';
import { saveSubscription } from '../../src/store/websub.js';
import { saveTopicState } from '../../src/store/topics.js';
import type { TopicUpdate } from '../../src/model.js';
import type { TopicState } from '../../src/topics/engine.js';
import { testRedis, REDIS_URL, type TestRedis } from '../helpers/redis.js';
import { startReceiver, waitFor, type Receiver } from './receivers.js';

let redis: TestRedis;
let app: App;
let r: Receiver;
const PATH = '/feeds/topics/nato.atom';

beforeAll(async () => {
  redis = testRedis('websub-coalesce');
  r = await startReceiver();
  const config = validateConfig(
    {
      redis: { url: REDIS_URL, prefix: redis.prefix },
      http: { publicUrl: 'http://feeds.test' },
      fetch: { allowPrivateNetworks: true },
      topics: [{ id: 'nato', title: 'NATO', query: 'nato' }],
      workers: { extractThreads: 0 },
      log: { level: 'silent' },
    },
    {},
  );
  app = createApp(config, { roles: ['worker'], logger: createLogger('silent'), once: true });
  const now = Date.now();
  await saveSubscription(redis, {
    id: subscriptionId(PATH, r.url),
    topic: `http://feeds.test${PATH}`,
    feedPath: PATH,
    callback: r.url,
    secret: null,
    leaseSeconds: 3600,
    expiresAt: new Date(now + 3600_000).toISOString(),
    createdAt: new Date(now).toISOString(),
    verifiedAt: new Date(now).toISOString(),
  });
  await app.start();
});

afterAll(async () => {
  await app?.close();
  await r?.close();
  await redis?.cleanup();
});

/** A stored topic update (what the topics stage saves before it announces one); the feed lists it. */
function update(i: number): TopicUpdate {
  return {
    id: `u${i}`,
    topicId: 'nato',
    at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    story: null,
    article: { id: `a${i}`, url: `https://news.example/${i}`, source: 'news', title: `Article ${i}` },
    status: null,
    added: [{ id: `c${i}`, text: `Claim ${i}.`, sources: [{ url: `https://news.example/${i}`, source: 'news' }] }],
    corroborated: [],
    briefBefore: [],
    briefAfter: [`Claim ${i}.`],
    diffHtml: `<p><ins>Claim ${i}.</ins></p>`,
    why: {},
  };
}

test('30 changes in a burst give a few pushes of the latest feed; a later change gives another', async () => {
  // The topic state itself is not read by the feed; only the updates are.
  const state = { topicId: 'nato' } as unknown as TopicState;
  const burst = async (from: number) => {
    for (let i = from; i < from + 30; i++) {
      await saveTopicState(redis, state, update(i));
      await app.deps.enqueue('publish', { kind: 'topic.updated', topicId: 'nato', updateId: `u${i}` });
    }
  };
  const newest = () => r.received.at(-1)?.body ?? '';
  await burst(0);
  await waitFor(() => r.received.length >= 1, 'the first push');
  // Let the burst settle: every job done, nothing still delayed.
  await waitFor(async () => {
    const c = await app.queues.publish.getJobCounts('waiting', 'active', 'delayed');
    return Object.values(c).every((n) => n === 0);
  }, 'the publish queue to drain');
  await new Promise((res) => setTimeout(res, 300));
  const afterBurst = r.received.length;
  expect(afterBurst).toBeGreaterThanOrEqual(1);
  // Without coalescing each of the 30 changes would be a push of its own (every body differs).
  expect(afterBurst).toBeLessThanOrEqual(4);
  for (const x of r.received) expect(x.headers.link).toContain(`<http://feeds.test${PATH}>; rel="self"`);
  // The last push carries the last change.
  expect(newest()).toContain('/update/u29</id>');

  await burst(100);
  await waitFor(() => newest().includes('/update/u129</id>'), "a push with the second burst's last change");
  expect(r.received.length - afterBurst).toBeLessThanOrEqual(4);
});
