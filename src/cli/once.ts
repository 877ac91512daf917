// `deltafeed once`: poll every source once, process everything that follows until the queues are idle, print a
// JSON summary on stdout, exit 0 (1 on timeout, 2 on config or connection error).
import { createApp, type App } from '../app.js';
import { createLogger } from '../log.js';
import { parseDuration } from '../config/units.js';
import { getSourceState } from '../store/sources.js';
import { countArticles } from '../store/articles.js';
import { countStories } from '../store/stories.js';
import { enqueueDueRechecks } from '../scheduler/recheck.js';
import { ExitError, ensureRedis, loadConfigOrExit } from './common.js';
import { watchRedisLoss } from '../store/redis.js';

const STAGE_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;
/** A Redis away this long mid-run is a connection error (exit 2), not slow work to wait out until --timeout. */
const REDIS_LOSS_GRACE_MS = 5000;

export async function onceCommand(args: { config?: string; timeout?: string }): Promise<number> {
  const timeoutMs = parseDuration(args.timeout ?? '120s');
  if (timeoutMs === null || timeoutMs <= 0)
    throw new ExitError(2, `--timeout: expected a duration like "120s", got "${args.timeout}"`);
  const config = loadConfigOrExit(args.config);
  const log = createLogger(
    process.env.DELTAFEED_LOG_LEVEL ?? (config.log.level === 'info' ? 'warn' : config.log.level),
  );
  await ensureRedis(config, { allowPrivate: false, say: (m) => log.warn(m) });
  const started = Date.now();
  const app = createApp(config, { roles: ['worker'], logger: log, once: true });
  let idle = false;
  let lost = false;
  let stopWatching!: () => void;
  const redisLost = new Promise<never>((_, reject) => {
    stopWatching = watchRedisLoss(app.ctx.redis, REDIS_LOSS_GRACE_MS, () => {
      lost = true;
      reject(
        new ExitError(
          2,
          `once lost its connection to Redis at ${config.redis.url} for ${REDIS_LOSS_GRACE_MS / 1000} s mid-run; ` +
            'what was stored before is kept: run once again when Redis answers',
        ),
      );
    });
  });
  redisLost.catch(() => undefined);
  const progress = process.stderr.isTTY ? (msg: string) => process.stderr.write(`\r\x1b[K${msg}`) : () => undefined;
  // Every step below waits on Redis; each is raced against its loss.
  const orLost = <T>(work: Promise<T>): Promise<T> => Promise.race([work, redisLost]);
  try {
    await orLost(app.start());
    const runId = Date.now().toString(36);
    for (const s of config.sources)
      await orLost(app.deps.enqueue('poll', { sourceId: s.id }, { jobId: `poll-once-${s.id}-${runId}` }));
    await orLost(enqueueDueRechecks(app.deps));
    idle = await orLost(waitIdle(app, started + timeoutMs, progress));
    progress('');
    await orLost(app.flush());
    const summary = await orLost(summarize(app, Date.now() - started, !idle));
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    if (!idle)
      process.stderr.write(
        `deltafeed once: timed out after ${args.timeout ?? '120s'} with work still queued; run again or raise --timeout\n`,
      );
    return idle ? 0 : 1;
  } finally {
    // Past the deadline, a job still waiting on a host that hangs must not hold the exit up to fetch.timeout:
    // the job is left to the stalled-job check, so the next run picks it up.
    stopWatching();
    progress('');
    await app.close({ force: !idle || lost });
  }
}

/** Work that `once` waits for: every stage job, and first webhook attempts (not their later retries). */
async function pendingWork(app: App): Promise<{ total: number; byQueue: Record<string, number> }> {
  const byQueue: Record<string, number> = {};
  let total = 0;
  for (const [name, q] of Object.entries(app.queues)) {
    // WebSub subscriptions and their lease renewals belong to `run` (a hub calls back long after `once` exits).
    if (name === 'websub-source') continue;
    const counts = await q.getJobCounts(...STAGE_STATES);
    const n = Object.values(counts).reduce((a, b) => a + b, 0);
    byQueue[name] = n;
    total += n;
  }
  const deliveries = await app.deps.delivery.pending();
  byQueue.deliver = deliveries;
  total += deliveries;
  return { total, byQueue };
}

async function waitIdle(app: App, deadline: number, progress: (m: string) => void): Promise<boolean> {
  let quiet = 0;
  while (Date.now() < deadline) {
    const { total, byQueue } = await pendingWork(app);
    progress(
      `deltafeed once: ${Object.entries(byQueue)
        .map(([q, n]) => `${q} ${n}`)
        .join(' · ')}`,
    );
    // Idle three checks in a row: a job that just finished may still be enqueueing its successor.
    quiet = total === 0 ? quiet + 1 : 0;
    if (quiet >= 3) return true;
    await new Promise((r) => setTimeout(r, 150));
  }
  return false;
}

async function summarize(app: App, durationMs: number, timedOut: boolean): Promise<Record<string, unknown>> {
  const t = (k: string) => app.tallies.get(k) ?? 0;
  const sources = await Promise.all(app.config.sources.map((s) => getSourceState(app.ctx, s.id, s.url)));
  return {
    // An item that failed or was refused in this run is not ok either: it is listed in /api/sources.
    ok: !timedOut && sources.every((s) => !s.lastError) && t('item.failed') === 0,
    timedOut,
    durationMs,
    sources: sources.map((s) => ({
      id: s.id,
      status: s.lastStatus,
      error: s.lastError,
      items: s.items,
      consecutiveFailures: s.consecutiveFailures,
    })),
    polls: { ok: t('poll.ok'), failed: t('poll.error') },
    fetches: { ok: t('fetch.ok'), unchanged: t('fetch.unchanged'), failed: t('fetch.failed') },
    articles: {
      new: t('article.new'),
      duplicates: t('article.duplicate'),
      revised: t('article.revised'),
      unchanged: t('article.unchanged'),
      noArticle: t('extract.no-article'),
      total: await countArticles(app.ctx),
    },
    stories: { new: t('story.new'), total: await countStories(app.ctx) },
    topicUpdates: t('topic.update'),
    itemFailures: t('item.failed'),
    webhooks: {
      events: t('webhook.event'),
      delivered: t('delivery.delivered'),
      retrying: t('delivery.retrying'),
      failed: t('delivery.failed'),
    },
  };
}
