// The composition root: builds the connections, store, queues, cores and workers for the roles this process
// plays, and owns their lifecycle. Nothing else creates a connection or reads the config.
import { Queue, Worker, type Job, type JobsOptions, type Processor } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from './config/load.js';
import { diffConfig, type ConfigChanges } from './config/changes.js';
import type { PipelineDeps } from './deps.js';
import { createLogger, type Logger } from './log.js';
import { createMetrics, type Metrics } from './metrics.js';
import { QUEUE_NAMES, type QueueName, type QueuePayloads } from './queues.js';
import { createRedis } from './store/redis.js';
import type { StoreCtx } from './store/context.js';
import { createExtractPool } from './extract/pool.js';
import { createDeduper } from './dedup/deduper.js';
import { redisStoryRedirects } from './store/story-merges.js';
import { loadStoryModel } from './dedup/story-model.js';
import { RedisDedupIndex } from './store/dedup-index.js';
import { RedisStoryGroupsState } from './store/story-groups.js';
import { StoryGroups } from './dedup/story-groups.js';
import { parseSplitRule } from './dedup/story-split.js';
import { PendingMerges } from './dedup/group-merges.js';
import { compileTopic } from './topics/engine.js';
import { createDeliveryRuntime } from '../workers/deliver/index.js';
import { pollProcessor } from '../workers/poll.js';
import { fetchProcessor } from '../workers/fetch.js';
import { extractProcessor } from '../workers/extract.js';
import { dedupProcessor } from '../workers/dedup.js';
import { topicsProcessor } from '../workers/topics.js';
import { publishProcessor } from '../workers/publish.js';
import { reconcileSubscriptions, websubSourceProcessor } from '../workers/websub-source.js';
import { enqueueDueRechecks } from './scheduler/recheck.js';
import { isLastAttempt, recordJobFailure } from '../workers/failures.js';
import { closeWait, closeWithin, settledWithin } from './util/deadline.js';
import { errorKind, throttledWarn } from './util/log-throttle.js';
import { isSubscriptionId } from './publish/websub/content.js';
import { absoluteUrl, WEBSUB_HUB_PATH } from './publish/atom/ids.js';
import { YOUNG_STORIES_OFF, YOUNG_STORY_BARS } from './dedup/young-stories.js';

export type Role = 'api' | 'worker' | 'scheduler';

export interface AppOptions {
  roles: Role[];
  logger?: Logger;
  /** In `once`, the scheduler role is replaced by one explicit poll of each source. */
  once?: boolean;
}

const RECHECK_TICK = 30_000;

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

export interface App {
  config: Config;
  ctx: StoreCtx;
  log: Logger;
  metrics: Metrics;
  deps: PipelineDeps;
  queues: { [Q in QueueName]: Queue<QueuePayloads[Q]> };
  tallies: Map<string, number>;
  /** Wait for failure records still being written (before a summary is read). */
  flush(): Promise<void>;
  /** Start the roles' long-running parts (workers, schedulers). The HTTP server is started by http/server.ts. */
  start(): Promise<void>;
  /**
   * Switch to a new config (validated, with the restart-only settings already put back: config/changes.ts):
   * topics, sources' schedules, webhooks and settings read per job take effect; returns what changed.
   */
  reload(next: Config): Promise<ConfigChanges>;
  /**
   * Stop taking jobs, let active ones finish (or hand them back), close every connection. `force`: do not wait
   * for active stage jobs (their locks lapse and the stalled-job check hands them to the next worker).
   */
  close(opts?: { force?: boolean }): Promise<void>;
}

export function queuePrefix(prefix: string): string {
  return `${prefix}:bull`;
}

export function createApp(config: Config, opts: AppOptions): App {
  // Before any connection is opened: a missing or broken weights file stops start-up, naming the file.
  const storyModel = loadStoryModel();
  const log = opts.logger ?? createLogger(config.log.level);
  const metrics = createMetrics({ defaults: !opts.once });
  const redis: Redis = createRedis(config.redis.url);
  const warnRepeated = throttledWarn(log);
  redis.on('error', (err) =>
    warnRepeated(`redis:${errorKind(err)}`, { err: err.message }, 'redis connection error (retrying)'),
  );
  const ctx: StoreCtx = { redis, prefix: config.redis.prefix };
  const qPrefix = queuePrefix(config.redis.prefix);
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((name) => {
      const q = new Queue(name, { connection: redis, prefix: qPrefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      q.on('error', (err) =>
        warnRepeated(`queue:${name}:${errorKind(err)}`, { queue: name, err: err.message }, 'queue error'),
      );
      return [name, q];
    }),
  ) as unknown as App['queues'];
  const tallies = new Map<string, number>();
  const roles = new Set(opts.roles);
  const hasWorkers = roles.has('worker');

  // Webhook delivery is rebuilt (its per-endpoint workers with it) when a reload changes what it was made from.
  const deliveryRuntime = (c: Config) =>
    createDeliveryRuntime({
      ctx,
      connection: redis,
      queuePrefix: qPrefix,
      webhooks: c.webhooks,
      logger: log,
      userAgent: c.fetch.userAgent,
      retentionMs: c.retention.deliveries,
      allowPrivateNetworks: c.fetch.allowPrivateNetworks,
      lockDurationMs: c.workers.lockDuration,
      stalledIntervalMs: c.workers.stalledInterval,
      websub: {
        hubUrl: absoluteUrl(c.http.publicUrl, WEBSUB_HUB_PATH),
        timeoutMs: c.websub.timeout,
        retrySchedule: c.websub.retrySchedule,
        concurrency: c.websub.concurrency,
      },
      warnRepeated,
      onOutcome: (webhookId, outcome) => {
        // One label per subscriber would grow without bound; WebSub pushes are counted together.
        if (isSubscriptionId(webhookId)) metrics.websubDeliveries.inc({ outcome });
        else metrics.deliveries.inc({ webhook: webhookId, outcome });
        deps.tally(`delivery.${outcome}`);
      },
    });
  const dedupIndex = new RedisDedupIndex(ctx);
  const storyGroups = storyGroupsFor(config, ctx, dedupIndex);
  const redirects = redisStoryRedirects(ctx);
  const deps: PipelineDeps = {
    config,
    ctx,
    log,
    metrics,
    enqueue: async (queue, data, jobOpts) => {
      await (queues[queue] as Queue).add(queue, data, jobOpts);
    },
    extractor: createExtractPool({
      threads: hasWorkers ? config.workers.extractThreads : 0,
      maxHeapMb: config.workers.extractHeapMb,
    }),
    deduper: createDeduper(dedupIndex, {
      nearDuplicate: config.dedup.nearDuplicate,
      storyWindowMs: config.dedup.storyWindow,
      storyMemoryMs: config.dedup.storyMemory,
      idfPrior: config.dedup.idfPrior,
      youngStories: config.dedup.loneStoryWait ? YOUNG_STORY_BARS : YOUNG_STORIES_OFF,
      model: storyModel,
      redirects: storyGroups ? storyGroups.merges.wrap(redirects) : redirects,
    }),
    ...(storyGroups ? { storyGroups } : {}),
    topics: config.topics.map((t) => compileTopic(t)),
    delivery: deliveryRuntime(config),
    websub: !opts.once,
    tally(event, n = 1) {
      tallies.set(event, (tallies.get(event) ?? 0) + n);
      metrics.pipeline.inc({ event }, n);
    },
    now: () => new Date(),
  };

  const workers: Worker[] = [];
  const timers: NodeJS.Timeout[] = [];
  const recording = new Set<Promise<void>>();

  function startWorker<Q extends QueueName>(
    name: Q,
    processor: Processor<QueuePayloads[Q]>,
    concurrency: number,
  ): void {
    const timed: Processor<QueuePayloads[Q]> = async (job: Job<QueuePayloads[Q]>, token?: string) => {
      const end = metrics.stageSeconds.startTimer({ queue: name });
      try {
        const out: unknown = await processor(job, token);
        metrics.jobs.inc({ queue: name, outcome: 'completed' });
        return out;
      } catch (err) {
        const delayed = (err as Error).name === 'DelayedError';
        metrics.jobs.inc({ queue: name, outcome: delayed ? 'delayed' : 'failed' });
        if (!delayed)
          log.warn(
            { queue: name, jobId: job.id, err: (err as Error).message, attempt: job.attemptsMade + 1 },
            'job failed',
          );
        throw err;
      } finally {
        end();
      }
    };
    const w = new Worker(name, timed, {
      connection: redis,
      prefix: qPrefix,
      concurrency,
      // All workers share one stalled-job check interval (BullMQ's advice for many workers on one Redis).
      stalledInterval: config.workers.stalledInterval,
      lockDuration: config.workers.lockDuration,
      maxStalledCount: 2,
    });
    w.on('error', (err) =>
      warnRepeated(`worker:${name}:${errorKind(err)}`, { queue: name, err: err.message }, 'worker error'),
    );
    // The last attempt's failure is where an item's failure is recorded on its source (nothing lost silently).
    w.on('failed', (job, err) => {
      if (!job || !isLastAttempt(job, err)) return;
      const p = recordJobFailure(deps, name, job, err)
        .catch((e: Error) =>
          log.error({ queue: name, jobId: job.id, err: e.message }, 'could not record an item failure'),
        )
        .finally(() => recording.delete(p));
      recording.add(p);
    });
    workers.push(w);
  }

  /** One job scheduler per source (`only`: those to create or change); those of removed sources go. */
  async function syncSchedulers(sources: Config['sources'], only?: Set<string>): Promise<void> {
    const poll = queues.poll;
    const wanted = new Set(sources.map((s) => `poll-${s.id}`));
    for (const s of sources) {
      if (only && !only.has(s.id)) continue;
      await poll.upsertJobScheduler(
        `poll-${s.id}`,
        { every: s.every },
        { name: 'scheduled', data: { sourceId: s.id }, opts: { removeOnComplete: true, removeOnFail: { count: 100 } } },
      );
    }
    // Sources removed from the config stop being polled.
    for (const js of await poll.getJobSchedulers()) {
      if (js.key && !wanted.has(js.key)) await poll.removeJobScheduler(js.key);
    }
  }

  /**
   * A Redis that came back without its data (no AOF, a replaced instance) has lost the job schedulers too, and
   * nothing would poll again until a restart: put back those missing, at every tick.
   */
  async function restoreSchedulers(): Promise<void> {
    const have = new Set((await queues.poll.getJobSchedulers()).map((js) => js.key));
    const sources = app.config.sources;
    const missing = sources.filter((s) => !have.has(`poll-${s.id}`)).map((s) => s.id);
    if (!missing.length) return;
    log.warn({ sources: missing }, 'poll schedules missing from Redis (emptied or replaced?); recreating them');
    await syncSchedulers(sources, new Set(missing));
  }

  async function startScheduler(): Promise<void> {
    await syncSchedulers(config.sources);
    const tick = () =>
      Promise.all([
        enqueueDueRechecks(deps).catch((err: Error) => log.warn({ err: err.message }, 'recheck tick failed')),
        reconcileSubscriptions(deps).catch((err: Error) => log.warn({ err: err.message }, 'websub sweep failed')),
        restoreSchedulers().catch((err: Error) => log.warn({ err: err.message }, 'schedule check failed')),
      ]);
    timers.push(setInterval(() => void tick(), RECHECK_TICK));
    void tick();
    log.info({ sources: config.sources.length }, 'scheduler started');
  }

  let workersStarted = false;
  const app: App = {
    config,
    ctx,
    log,
    metrics,
    deps,
    queues,
    tallies,
    async flush() {
      while (recording.size) await Promise.all([...recording]);
    },
    async start() {
      if (hasWorkers) {
        const c = config.workers.concurrency;
        startWorker('poll', pollProcessor(deps), Math.max(2, Math.ceil(c / 2)));
        startWorker('fetch', fetchProcessor(deps), c);
        startWorker('extract', extractProcessor(deps), Math.max(2, c));
        startWorker('dedup', dedupProcessor(deps), 1);
        startWorker('topics', topicsProcessor(deps), 2);
        startWorker('publish', publishProcessor(deps), 4);
        if (deps.websub) startWorker('websub-source', websubSourceProcessor(deps), 2);
        deps.delivery.startWorkers();
        workersStarted = true;
        log.info({ concurrency: c }, 'workers started');
      }
      if (roles.has('scheduler') && !opts.once) await startScheduler();
    },
    async reload(next) {
      const before = app.config;
      const changes = diffConfig(before, next);
      // Compiled topics that did not change keep their caches.
      const compiled = new Map(deps.topics.map((t) => [t.id, t]));
      const same = new Set(next.topics.filter((t) => !changes.topics.changed.includes(t.id)).map((t) => t.id));
      deps.topics = next.topics.map((t) => (same.has(t.id) && compiled.get(t.id)) || compileTopic(t));
      deps.config = next;
      app.config = next;
      log.level = next.log.level;
      if (deliveryInputsChanged(changes)) {
        const old = deps.delivery;
        deps.delivery = deliveryRuntime(next);
        if (workersStarted) deps.delivery.startWorkers();
        // Active deliveries finish on the old workers; queued ones wait in Redis for the new ones.
        await old.close();
      }
      if (roles.has('scheduler') && !opts.once) {
        const every = new Map(before.sources.map((s) => [s.id, s.every]));
        await syncSchedulers(
          next.sources,
          new Set(next.sources.filter((s) => every.get(s.id) !== s.every).map((s) => s.id)),
        );
      }
      return changes;
    },
    async close(closeOpts = {}) {
      for (const t of timers) clearInterval(t);
      // With Redis away no active job can finish or be handed back: do not wait for them (the stalled-job check
      // gives them to the next worker), or a SIGTERM during an outage would sit out the whole shutdown deadline.
      const redisDown = redis.status !== 'ready';
      const force = closeOpts.force === true || redisDown;
      const stuck = await closeWithin(
        workers.map((w) => ({ close: () => w.close(force) })),
        closeWait(redis),
      );
      if (stuck) log.warn({ workers: stuck }, 'stage workers did not close in time; left to the stalled-job check');
      await settledWithin(app.flush(), closeWait(redis));
      await deps.delivery.close();
      await closeWithin(Object.values(queues) as Queue[], closeWait(redis));
      await deps.extractor.close();
      redis.disconnect();
    },
  };
  return app;
}

/** Hindsight splits over Redis when dedup.split names a rule (validated with the config); nothing when off. */
function storyGroupsFor(config: Config, ctx: StoreCtx, index: RedisDedupIndex): PipelineDeps['storyGroups'] | null {
  const rule = parseSplitRule(config.dedup.split, 'dedup.split');
  if (!rule) return null;
  const { storyWindow, storyMemory, idfPrior } = config.dedup;
  const state = new RedisStoryGroupsState(ctx, { storyWindowMs: storyWindow, storyMemoryMs: storyMemory, index });
  return { layer: new StoryGroups(rule, state, { idfPrior }), merges: new PendingMerges() };
}

function deliveryInputsChanged(c: ConfigChanges): boolean {
  const w = c.webhooks;
  return (
    w.added.length + w.removed.length + w.changed.length > 0 ||
    c.settings.some((s) =>
      ['fetch.userAgent', 'fetch.allowPrivateNetworks', 'retention.deliveries', 'http.publicUrl'].includes(s),
    ) ||
    c.settings.some((s) => s.startsWith('websub.'))
  );
}
