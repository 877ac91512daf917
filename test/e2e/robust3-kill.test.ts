// kill -9 of a worker mid-fetch, then of the worker that took over mid-publish (robust3's audit; the scale test
// kills one mid-extraction and mid-delivery): each time a fresh worker takes the stalled jobs up, and what users
// see holds every article, story member, topic update, feed entry and webhook event exactly once (a webhook in
// flight at a kill may arrive twice with the same webhook-id: at-least-once, receivers dedupe on it).
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, waitFor, type ServiceProcess } from '../../simulation/processes.js';
import { startSyntheticPublisher, type SyntheticPublisher } from '../../simulation/synthetic-publisher.js';
import type { DeliverPayload } from '../../src/queues.js';
import { countArticles } from '../../src/store/articles.js';
import { REDIS_URL, testRedis, type TestRedis } from '../helpers/redis.js';
import {
  checkDownstream,
  doneCheck,
  openQueues,
  startFeedsServer,
  startSlowReceiver,
  writeConfig,
  type SlowReceiver,
} from '../scale/support/scenario.js';

let redis: TestRedis;
let pub: SyntheticPublisher;
let receiver: SlowReceiver;
const procs: ServiceProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  redis = testRedis('robust3-kill');
  pub = await startSyntheticPublisher({ feeds: 3, articlesPerFeed: 30, seed: 33, topicShare: 0.5 });
  receiver = await startSlowReceiver(1500);
});

afterAll(async () => {
  await Promise.all(procs.splice(0).map((p) => p.stop(30_000)));
  for (const c of cleanups.splice(0).reverse()) await c();
  await receiver?.close();
  await pub?.close();
  await redis?.cleanup();
});

describe('a worker killed mid-fetch, and the next one mid-publish', () => {
  it('fresh workers take the jobs up; nothing lost or doubled downstream', { timeout: 300_000 }, async () => {
    const n = pub.articles.length;
    const configFile = writeConfig({ redisUrl: REDIS_URL, prefix: redis.prefix, pub, receiverUrl: receiver.url });
    const env = { REDIS_URL, DELTAFEED_PREFIX: redis.prefix };
    const queues = openQueues(redis.redis, redis.prefix);
    cleanups.push(() => queues.close());
    const feeds = await startFeedsServer(configFile, redis);
    cleanups.push(() => feeds.close());
    procs.push(startService({ role: 'scheduler', config: configFile, env }));
    const inFlightDeliveries = new Set<string>();
    const noteDeliveries = async () => {
      for (const j of (await queues.deliver.getActive()) as Job<DeliverPayload>[])
        inFlightDeliveries.add(j.data.eventId);
    };

    // Pages answer slowly, so the first worker has fetches in flight when it dies.
    pub.pageDelayMs = 3000;
    const first = startService({ role: 'worker', config: configFile, env });
    procs.push(first);
    const fetching = await waitFor(
      'fetch jobs active on the first worker',
      async () => {
        if (first.exit) throw new Error(`worker exited early: ${first.other.slice(-5).join('\n')}`);
        if ((await countArticles(redis)) < 5) return undefined;
        const active = await queues.stage.fetch!.getActive();
        return active.length ? active : undefined;
      },
      { timeoutMs: 120_000, everyMs: 50 },
    );
    await noteDeliveries();
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    pub.pageDelayMs = 0;

    // The second worker takes the fetches up; it dies while it has a publish job in hand.
    const second = startService({ role: 'worker', config: configFile, env });
    procs.push(second);
    const publishing = await waitFor(
      'a publish job active on the second worker',
      async () => {
        if (second.exit) throw new Error(`worker exited early: ${second.other.slice(-5).join('\n')}`);
        const active = await queues.stage.publish!.getActive();
        return active.length ? active : undefined;
      },
      { timeoutMs: 120_000, everyMs: 5 },
    );
    await noteDeliveries();
    second.child.kill('SIGKILL');
    expect((await second.exited).signal).toBe('SIGKILL');
    const atKill = await countArticles(redis);

    receiver.delayMs = 0;
    const third = startService({ role: 'worker', config: configFile, env });
    procs.push(third);
    const done = doneCheck(redis, queues.all, n);
    await waitFor(
      `${n} articles and idle queues after the kills`,
      () => {
        if (third.exit) throw new Error(`worker exited: ${third.other.slice(-5).join('\n')}`);
        return done();
      },
      { timeoutMs: 200_000, everyMs: 300 },
    );
    const report = await checkDownstream({ ctx: redis, pub, receiver, api: feeds.url, mayRepeat: inFlightDeliveries });
    console.log(
      `kills: ${fetching.length} fetches in flight at the first, ${publishing.length} publish jobs at the second ` +
        `(${atKill}/${n} articles then); ${report.topicUpdates} topic updates, ${report.webhookEvents} webhook ` +
        `events, ids received twice: ${report.repeatedWebhookIds.length}`,
    );
  });
});
