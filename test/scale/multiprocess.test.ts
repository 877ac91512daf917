// Roles as separate processes on one Redis (CONTRACT §1): two `run --role scheduler` and two
// `run --role worker` processes on a synthetic publisher of 500 articles. Every article is processed exactly
// once downstream, both workers do work, the second scheduler does not double the polls, and a worker told
// to stop mid-run (SIGTERM) exits 0 within 30 s while the other finishes the work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { testRedis, REDIS_URL, type TestRedis } from '../helpers/redis.js';
import { startSyntheticPublisher, type SyntheticPublisher } from '../../simulation/synthetic-publisher.js';
import { startService, waitFor, type ServiceProcess } from '../../simulation/processes.js';
import { queuePrefix } from '../../src/app.js';
import { countArticles } from '../../src/store/articles.js';
import {
  checkDownstream,
  doneCheck,
  openQueues,
  startFeedsServer,
  startSlowReceiver,
  writeConfig,
  type SlowReceiver,
} from './support/scenario.js';

const FEEDS = 10;
const PER_FEED = 50;
const N = FEEDS * PER_FEED;
const EVERY_MS = 10_000;

let redis: TestRedis;
let pub: SyntheticPublisher;
let receiver: SlowReceiver;
let configFile: string;
let feeds: { url: string; close(): Promise<void> };
const procs: ServiceProcess[] = [];

beforeAll(async () => {
  redis = testRedis('scale-mp');
  pub = await startSyntheticPublisher({ feeds: FEEDS, articlesPerFeed: PER_FEED, seed: 11 });
  receiver = await startSlowReceiver();
  configFile = writeConfig({
    redisUrl: REDIS_URL,
    prefix: redis.prefix,
    pub,
    receiverUrl: receiver.url,
    every: `${EVERY_MS / 1000}s`,
  });
  feeds = await startFeedsServer(configFile, redis);
});

afterAll(async () => {
  await Promise.all(procs.map((p) => p.stop(30_000)));
  await feeds?.close();
  await receiver?.close();
  await pub?.close();
  await redis?.cleanup();
});

describe('two workers and two schedulers on one Redis', () => {
  it(
    'process 500 articles exactly once between them; a stopped worker exits 0 and the other finishes',
    { timeout: 180_000 },
    async () => {
      const env = { REDIS_URL, DELTAFEED_PREFIX: redis.prefix };
      const started = Date.now();
      const [schedA, schedB, workerA, workerB] = [
        startService({ role: 'scheduler', config: configFile, env }),
        startService({ role: 'scheduler', config: configFile, env }),
        startService({ role: 'worker', config: configFile, env }),
        startService({ role: 'worker', config: configFile, env }),
      ] as [ServiceProcess, ServiceProcess, ServiceProcess, ServiceProcess];
      procs.push(schedA, schedB, workerA, workerB);
      const queues = openQueues(redis.redis, redis.prefix);
      try {
        const alive = () => {
          for (const p of procs)
            if (p.exit) throw new Error(`a ${p.role} process exited early: ${p.other.slice(-5).join('\n')}`);
        };

        // Both workers take jobs before one of them is asked to stop, a good part of the way in.
        await waitFor(
          'both workers to create articles',
          async () => {
            alive();
            return (
              workerA.count('new article') >= 20 &&
              workerB.count('new article') >= 20 &&
              (await countArticles(redis)) >= 0.4 * N
            );
          },
          { timeoutMs: 90_000 },
        );
        const before = await countArticles(redis);
        expect(before).toBeLessThan(N);

        // Graceful stop mid-run: stop taking jobs, finish the active ones, exit 0. stop() sends SIGKILL at 30 s,
        // which would show as a signal instead of exit code 0.
        const stopped = await workerA.stop(30_000);
        expect(stopped.signal).toBeNull();
        expect(stopped.code).toBe(0);
        const byA = workerA.count('new article');

        const done = doneCheck(redis, queues.all, N);
        await waitFor(
          `${N} articles and idle queues`,
          () => {
            if (workerB.exit || schedA.exit || schedB.exit) throw new Error('a process exited early');
            return done();
          },
          { timeoutMs: 150_000, everyMs: 300 },
        );
        const elapsed = Date.now() - started;
        const byB = workerB.count('new article');

        // Exactly once: every article created by exactly one worker, and the other worker finished the run.
        expect(byA).toBeGreaterThan(0);
        expect(byB).toBeGreaterThan(0);
        expect(byA + byB).toBe(N);
        expect(pub.pageHits.filter((h) => h === 0)).toEqual([]);

        // One job scheduler per source however many schedulers upserted it, and no doubled polls: a feed is
        // requested once per interval at most (plus the first poll and one tick of slack).
        const poll = new Queue('poll', { connection: redis.redis, prefix: queuePrefix(redis.prefix) });
        expect((await poll.getJobSchedulers()).length).toBe(FEEDS);
        await poll.close();
        for (const f of pub.feeds) {
          const requests = pub.feedRequests.filter((r) => r.feedId === f.id).length;
          expect(requests, f.id).toBeGreaterThanOrEqual(1);
          expect(requests, f.id).toBeLessThanOrEqual(Math.floor(elapsed / EVERY_MS) + 2);
        }

        const report = await checkDownstream({ ctx: redis, pub, receiver, api: feeds.url });
        expect(report.repeatedWebhookIds).toEqual([]);
        console.log(
          `multiprocess: ${N} articles (worker A ${byA} before SIGTERM, worker B ${byB}), ${report.stories} stories, ${report.topicUpdates} topic updates and webhooks, SIGTERM -> exit 0 in ${stopped.ms} ms, ${Math.round(elapsed / 1000)} s in all`,
        );
      } finally {
        await queues.close();
      }
    },
  );
});
