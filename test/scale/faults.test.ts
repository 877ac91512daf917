// Crashes under load (issue 7): a worker SIGKILLed while it is cleaning pages and delivering webhooks, and
// Redis (AOF) SIGKILLed and restarted mid-run. Each time the run completes with every article, story member,
// topic update, feed entry and webhook event exactly once (a webhook in flight at the crash may arrive twice
// with the same webhook-id: at-least-once, receivers dedupe on it).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from 'bullmq';
import { Redis } from 'ioredis';
import { testRedis, REDIS_URL, type TestRedis } from '../helpers/redis.js';
import { startSyntheticPublisher, type SyntheticPublisher } from '../../simulation/synthetic-publisher.js';
import { startService, waitFor, type ServiceProcess } from '../../simulation/processes.js';
import { startPrivateRedisServer, type PrivateRedisServer } from '../../simulation/private-redis.js';
import { countArticles, findArticleIdByUrl } from '../../src/store/articles.js';
import { key } from '../../src/store/context.js';
import type { DeliverPayload, QueuePayloads } from '../../src/queues.js';
import { getDelivery } from '../../src/store/deliveries.js';
import { deliveryId } from '../../src/publish/webhooks/route.js';
import {
  checkDownstream,
  doneCheck,
  HOOK,
  openQueues,
  startFeedsServer,
  startSlowReceiver,
  writeConfig,
  type SlowReceiver,
} from './support/scenario.js';

const procs: ServiceProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(procs.splice(0).map((p) => p.stop(30_000)));
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('a worker killed mid-extraction and mid-delivery', () => {
  let redis: TestRedis;
  let pub: SyntheticPublisher;
  let receiver: SlowReceiver;

  beforeAll(async () => {
    redis = testRedis('scale-kill');
    // Heavier pages, so that cleaning takes long enough for the kill to land in it; a slow receiver, so
    // that deliveries are in flight too.
    pub = await startSyntheticPublisher({
      feeds: 4,
      articlesPerFeed: 40,
      seed: 21,
      pageBytes: [150_000, 300_000],
      topicShare: 0.4,
    });
    receiver = await startSlowReceiver(4000);
  });

  afterAll(async () => {
    await receiver?.close();
    await pub?.close();
    await redis?.cleanup();
  });

  it('the other worker takes the work up; nothing lost or duplicated downstream', { timeout: 240_000 }, async () => {
    const n = pub.articles.length;
    const configFile = writeConfig({ redisUrl: REDIS_URL, prefix: redis.prefix, pub, receiverUrl: receiver.url });
    const env = { REDIS_URL, DELTAFEED_PREFIX: redis.prefix };
    const queues = openQueues(redis.redis, redis.prefix);
    cleanups.push(() => queues.close());
    const feeds = await startFeedsServer(configFile, redis);
    cleanups.push(() => feeds.close());
    procs.push(startService({ role: 'scheduler', config: configFile, env }));
    const doomed = startService({ role: 'worker', config: configFile, env });
    procs.push(doomed);

    // Only the doomed worker runs so far, so every active job is its own. Kill it a good way in, when it has
    // pages in its cleaner and a webhook delivery waiting on the receiver; preferably (for a few seconds) when
    // it holds no dedup lock, to keep the test short: the survivor would wait for that lock's lease to expire.
    const lock = key(redis, 'lock', 'dedup');
    let eligibleSince = 0;
    const inFlight = await waitFor(
      'extract and deliver jobs active on the doomed worker',
      async () => {
        if (doomed.exit) throw new Error(`worker exited early: ${doomed.other.slice(-5).join('\n')}`);
        if ((await countArticles(redis)) < n / 8) return undefined;
        const [extract, deliver] = await Promise.all([queues.stage.extract!.getActive(), queues.deliver.getActive()]);
        if (!extract.length || !deliver.length) return undefined;
        eligibleSince ||= Date.now();
        if (Date.now() - eligibleSince < 5000 && (await redis.redis.exists(lock))) return undefined;
        return { extract, deliver };
      },
      { timeoutMs: 120_000, everyMs: 20 },
    );
    doomed.child.kill('SIGKILL');
    const exit = await doomed.exited;
    expect(exit.signal).toBe('SIGKILL');
    const atKill = await countArticles(redis);
    expect(atKill).toBeLessThan(n);

    receiver.delayMs = 0;
    const survivor = startService({ role: 'worker', config: configFile, env });
    procs.push(survivor);
    const done = doneCheck(redis, queues.all, n);
    await waitFor(
      `${n} articles and idle queues after the kill`,
      () => {
        if (survivor.exit) throw new Error(`survivor exited: ${survivor.other.slice(-5).join('\n')}`);
        return done();
      },
      { timeoutMs: 180_000, everyMs: 300 },
    );

    // The jobs the crash interrupted were taken up by the survivor (BullMQ's stalled-job recovery).
    const extracting = inFlight.extract as Job<QueuePayloads['extract']>[];
    const delivering = inFlight.deliver as Job<DeliverPayload>[];
    for (const job of extracting)
      expect(await findArticleIdByUrl(redis, job.data.url), `article of ${job.data.url}`).not.toBeNull();
    for (const job of delivering)
      expect((await getDelivery(redis, deliveryId(job.data.eventId, HOOK)))?.status).toBe('delivered');
    expect(survivor.count('new article')).toBe(n - atKill);

    const mayRepeat = new Set(delivering.map((j) => j.data.eventId));
    const report = await checkDownstream({ ctx: redis, pub, receiver, api: feeds.url, mayRepeat });
    console.log(
      `kill: ${atKill}/${n} articles at the kill, ${inFlight.extract.length} extractions and ${inFlight.deliver.length} deliveries in flight; ${report.topicUpdates} topic updates, webhook ids received twice: ${report.repeatedWebhookIds.length}`,
    );
  });
});

describe('Redis (AOF) killed and restarted mid-run', () => {
  let server: PrivateRedisServer;
  let pub: SyntheticPublisher;
  let receiver: SlowReceiver;

  beforeAll(async () => {
    server = await startPrivateRedisServer();
    pub = await startSyntheticPublisher({
      feeds: 4,
      articlesPerFeed: 40,
      seed: 31,
      pageBytes: [20_000, 60_000],
      topicShare: 0.3,
    });
    receiver = await startSlowReceiver();
  });

  afterAll(async () => {
    await receiver?.close();
    await pub?.close();
    await server?.destroy();
  });

  it('workers reconnect and the run completes with nothing lost', { timeout: 240_000 }, async () => {
    const n = pub.articles.length;
    const redis = new Redis(server.url, { maxRetriesPerRequest: null, retryStrategy: () => 100 });
    redis.on('error', () => undefined);
    cleanups.push(() => Promise.resolve(redis.disconnect()));
    const ctx = { redis, prefix: 'dftest-scale-restart' };
    const configFile = writeConfig({ redisUrl: server.url, prefix: ctx.prefix, pub, receiverUrl: receiver.url });
    const queues = openQueues(redis, ctx.prefix);
    cleanups.push(() => queues.close());
    const feeds = await startFeedsServer(configFile, ctx);
    cleanups.push(() => feeds.close());
    const env = { REDIS_URL: server.url, DELTAFEED_PREFIX: ctx.prefix };
    const workers = [
      startService({ role: 'worker', config: configFile, env }),
      startService({ role: 'worker', config: configFile, env }),
    ];
    procs.push(startService({ role: 'scheduler', config: configFile, env }), ...workers);

    const atCrash = await waitFor(
      'a quarter of the articles',
      async () => {
        const c = await countArticles(ctx);
        return c >= n / 4 ? c : undefined;
      },
      { timeoutMs: 120_000, everyMs: 100 },
    );
    expect(atCrash).toBeLessThan(n);
    const crashedAt = Date.now();
    await server.crash();
    await new Promise((r) => setTimeout(r, 1500));
    await server.start();

    const done = doneCheck(ctx, queues.all, n);
    await waitFor(
      `${n} articles and idle queues after the restart`,
      () => {
        for (const p of procs)
          if (p.exit) throw new Error(`a ${p.role} process exited: ${p.other.slice(-5).join('\n')}`);
        return done();
      },
      { timeoutMs: 180_000, everyMs: 300 },
    );

    // The processes saw the outage and carried on (no process exited: checked above).
    expect(
      procs.some((p) => p.logs.some((l) => /redis connection error/.test(String(l.msg)) && (l.time ?? 0) >= crashedAt)),
    ).toBe(true);
    const after = workers.map((w) => w.count('new article', crashedAt));
    expect(after.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    // A delivery whose outcome could not be recorded while Redis was down may be sent again (same webhook-id).
    const report = await checkDownstream({
      ctx,
      pub,
      receiver,
      api: feeds.url,
      mayRepeat: new Set(receiver.received.map((r) => r.id)),
    });
    console.log(
      `restart: ${atCrash}/${n} articles at the crash; after the restart the workers made ${after.join(' + ')}; ${report.topicUpdates} topic updates; webhook ids received twice: ${report.repeatedWebhookIds.length}`,
    );
  });
});
