// Durable webhook delivery on BullMQ (CONTRACT §5). The IO side of publish/webhooks: the pure parts decide
// (route.ts: who gets what; sign.ts: headers; retry.ts: what an outcome means and when to try again), this file
// stores, queues, posts and records.
//
// - publish() stores the event body once (exact bytes) and one delivery record and job per matching endpoint.
//   It is idempotent: the job id is the delivery id, and a delivery that already exists is only re-queued while
//   it is still pending (which heals a job lost between the two writes, and is a no-op otherwise).
// - One queue and one Worker per endpoint, each with the endpoint's concurrency: a slow or dead endpoint only
//   ever occupies its own slots.
// - Retries follow the endpoint's retrySchedule, not BullMQ's attempts: after a failed attempt the job moves
//   itself to the delayed set until the time retry.ts gives (jitter, Retry-After) and throws DelayedError. So the
//   same job (same id, same stored body, same webhook-id) is attempted again, and a crash or a Redis restart
//   (with AOF) loses nothing: the job is in Redis, and a worker that dies mid-attempt leaves a stalled job that
//   another worker takes up (at-least-once; receivers deduplicate on webhook-id).
//   BullMQ's own attempts/backoff only cover errors of ours (Redis hiccups), not the endpoint's answers.
// - An endpoint that failed FAILING_AFTER attempts in a row is paced (its queue is rate-limited between
//   attempts) until it answers 2xx again: a dead receiver with a backlog would otherwise burn through attempts
//   as fast as connections are refused, taking CPU and Redis from the healthy endpoints.
// - 410 disables the endpoint: its pending deliveries are marked disabled (the reason is on each of them and on
//   the endpoint) and its queued jobs dropped. Records are written before the disabled flag is re-read, so a
//   concurrent attempt can never write "pending" over "disabled".
import { DelayedError, Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { WebhookConfig } from '../../config/load.js';
import { DeltafeedError } from '../../errors.js';
import { httpRequest } from '../../fetch/request.js';
import type { ResponseHead } from '../../fetch/types.js';
import type { DeliverPayload } from '../../queues.js';
import type { StoreCtx } from '../../store/context.js';
import { closeWithin } from '../../util/deadline.js';
import {
  createDelivery,
  DEFAULT_DELIVERY_RETENTION_MS,
  disableEndpoint,
  enableEndpoint,
  getDelivery,
  getAttemptInputs,
  getEndpointState,
  getEndpointStates,
  listPendingFor,
  listUndelivered,
  pruneDeliveries,
  saveDelivery,
  saveEventBody,
  touchEventBody,
  type DeliveryRecord,
  type EndpointState,
} from '../../store/deliveries.js';
import { eventBody, type WebhookEvent } from './events.js';
import { classifyAttempt, nextRetryDelay, type AttemptResult } from './retry.js';
import { deliveryId, deliveryQueueName, matchesEndpoint } from './route.js';
import { webhookHeaders } from './sign.js';

export type { WebhookEvent };
export type DeliveryOutcome = 'delivered' | 'retrying' | 'failed' | 'disabled';
type DeliverJob = DeliverPayload;

export interface DeliveryRuntimeDeps {
  ctx: StoreCtx;
  /** Shared connection with maxRetriesPerRequest: null; BullMQ duplicates it for each worker's blocking reads. */
  connection: Redis;
  queuePrefix: string;
  webhooks: WebhookConfig[];
  logger: Logger;
  userAgent?: string;
  /** config.retention.deliveries; default 30 days. */
  retentionMs?: number;
  /** config.fetch.allowPrivateNetworks: the default for endpoints that do not set their own. */
  allowPrivateNetworks?: boolean;
  /** Called once per attempt's outcome (and with "disabled" for deliveries the endpoint's disabling stopped): metrics. */
  onOutcome?: (webhookId: string, outcome: DeliveryOutcome) => void;
  /** For tests: jitter source. */
  random?: () => number;
  /** How soon a crashed worker's job is taken up again (BullMQ lockDuration / stalledInterval; default 30 s each). */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

export interface DeliveryRuntime {
  /** Stores the event and queues one delivery per matching endpoint; returns the delivery ids. */
  publish(event: WebhookEvent): Promise<string[]>;
  /** Starts one worker per endpoint (the worker role only). */
  startWorkers(): void;
  /** Deliveries ready to be attempted now or being attempted (first attempts, replays, retries that are due); not retries waiting for their time. */
  pending(): Promise<number>;
  /**
   * Queues deliveries again, from the first step of the schedule, with the same body and webhook-id. By id (any
   * status; a pending one is attempted at once), or every failed and disabled one (`failed`, or `webhookId`
   * alone), optionally of one endpoint. Replaying to a disabled endpoint enables it again. Returns how many.
   */
  replay(opts: { deliveryId?: string; failed?: boolean; webhookId?: string }): Promise<number>;
  close(): Promise<void>;
}

export class WebhookEventError extends DeltafeedError {
  constructor(detail: string) {
    super('WEBHOOK_EVENT', detail);
  }
}

/** What is kept of a receiver's answer body: nothing of it is used, and a 2xx is a 2xx whatever follows. */
const MAX_RESPONSE_BYTES = 64 * 1024;
const PRUNE_EVERY_MS = 60_000;
/** Consecutive failed attempts after which an endpoint is paced... */
const FAILING_AFTER = 5;
/** ...to at most `concurrency` new attempts per this long, until it answers 2xx again. */
const FAILING_PACE_MS = 250;
/** Internal errors only (Redis trouble mid-attempt): the endpoint's answers never throw. */
const JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: { count: 1000 },
};

export function createDeliveryRuntime(deps: DeliveryRuntimeDeps): DeliveryRuntime {
  const { ctx, logger } = deps;
  const retentionMs = deps.retentionMs ?? DEFAULT_DELIVERY_RETENTION_MS;
  const random = deps.random ?? Math.random;
  const byId = new Map(deps.webhooks.map((w) => [w.id, w]));
  const queues = new Map<string, Queue<DeliverJob>>();
  const workers: Worker<DeliverJob>[] = [];
  let lastPrune = 0;
  /** Consecutive failed attempts per endpoint, in this process. */
  const failures = new Map<string, number>();

  function queueFor(webhookId: string): Queue<DeliverJob> {
    let q = queues.get(webhookId);
    if (!q) {
      q = new Queue<DeliverJob>(deliveryQueueName(webhookId), { connection: deps.connection, prefix: deps.queuePrefix });
      q.on('error', (err) => logger.warn({ webhook: webhookId, err: err.message }, 'delivery queue error'));
      queues.set(webhookId, q);
    }
    return q;
  }

  const outcome = (webhookId: string, o: DeliveryOutcome) => {
    try {
      deps.onOutcome?.(webhookId, o);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'onOutcome callback failed');
    }
  };

  async function enqueue(rec: DeliveryRecord): Promise<void> {
    await queueFor(rec.webhookId).add('deliver', { eventId: rec.eventId, webhookId: rec.webhookId }, { ...JOB_OPTIONS, jobId: rec.id });
  }

  async function publish(event: WebhookEvent): Promise<string[]> {
    if (!/^[A-Za-z0-9_-]+$/.test(event.id)) throw new WebhookEventError(`event id must be letters, digits, "_" or "-": ${JSON.stringify(event.id)}`);
    const targets = deps.webhooks.filter((w) => matchesEndpoint(w, event));
    if (!targets.length) return [];
    const now = Date.now();
    const nowIso = new Date(now).toISOString();
    if (now - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = now;
      await pruneDeliveries(ctx, deps.webhooks.map((w) => w.id), retentionMs, now);
    }
    const [, states] = await Promise.all([saveEventBody(ctx, event.id, eventBody(event), retentionMs), getEndpointStates(ctx, targets.map((w) => w.id))]);
    // Endpoints are independent: their writes go out together rather than one round trip after another.
    return Promise.all(
      targets.map(async (w, i) => {
        const id = deliveryId(event.id, w.id);
        const disabled = states[i]?.disabled ?? null;
        const rec: DeliveryRecord = {
          id,
          eventId: event.id,
          webhookId: w.id,
          webhook: w.url,
          type: event.type,
          topicId: event.topicId ?? null,
          status: disabled ? 'disabled' : 'pending',
          attempts: 0,
          lastResponseCode: null,
          lastError: disabled ? `endpoint disabled: ${disabled.reason}` : null,
          nextAttemptAt: disabled ? null : nowIso,
          createdAt: nowIso,
          updatedAt: nowIso,
          deliveredAt: null,
        };
        if (await createDelivery(ctx, rec, retentionMs)) {
          if (disabled) outcome(w.id, 'disabled');
          else await enqueue(rec);
        } else {
          const existing = await getDelivery(ctx, id);
          if (existing?.status === 'pending') await enqueue(existing);
        }
        return id;
      }),
    );
  }

  /** One POST; a response's status line decides, even if its body then fails to arrive whole. */
  async function attempt(w: WebhookConfig, rec: DeliveryRecord, body: string): Promise<AttemptResult> {
    const seen: { head?: ResponseHead } = {};
    try {
      const res = await httpRequest(w.url, {
        method: 'POST',
        headers: webhookHeaders(w.secrets, rec.eventId, Math.floor(Date.now() / 1000), body),
        body,
        timeoutMs: w.timeout,
        maxBytes: MAX_RESPONSE_BYTES,
        maxRedirects: 0,
        allowPrivateNetworks: w.allowPrivateNetworks ?? deps.allowPrivateNetworks ?? false,
        userAgent: deps.userAgent,
        onResponseHead: (h) => {
          seen.head = h;
        },
      });
      return { kind: 'response', status: res.status, headers: res.headers };
    } catch (err) {
      if (seen.head) return { kind: 'response', status: seen.head.status, headers: seen.head.headers };
      const e = err as { code?: string; message?: string };
      return { kind: 'error', code: e.code ?? 'ERROR', message: e.message ?? String(err) };
    }
  }

  async function save(rec: DeliveryRecord, patch: Partial<DeliveryRecord>): Promise<DeliveryRecord> {
    return (await saveReading(rec, patch)).rec;
  }

  /** Saves, and returns the endpoint's state read right after the write. */
  async function saveReading(rec: DeliveryRecord, patch: Partial<DeliveryRecord>): Promise<{ rec: DeliveryRecord; endpoint: EndpointState }> {
    const next = { ...rec, ...patch, updatedAt: new Date().toISOString() };
    const endpoint = await saveDelivery(ctx, next, retentionMs);
    return { rec: next, endpoint };
  }

  /** An endpoint that keeps failing is paced, so a dead receiver costs the shared Redis and CPU little. */
  async function noteFailure(w: WebhookConfig): Promise<void> {
    const n = (failures.get(w.id) ?? 0) + 1;
    failures.set(w.id, n);
    if (n >= FAILING_AFTER) await queueFor(w.id).rateLimit(FAILING_PACE_MS);
  }

  async function markDisabled(rec: DeliveryRecord, reason: string): Promise<void> {
    await save(rec, { status: 'disabled', nextAttemptAt: null, lastError: `endpoint disabled: ${reason}` });
    outcome(rec.webhookId, 'disabled');
  }

  async function disable(w: WebhookConfig, reason: string): Promise<void> {
    await disableEndpoint(ctx, w.id, reason, new Date().toISOString());
    logger.warn({ webhook: w.id, url: w.url, reason }, 'webhook endpoint disabled');
    // Waiting and delayed jobs of this endpoint's own queue; an attempt in flight finds the flag when it ends.
    await queueFor(w.id).drain(true);
    for (const rec of await listPendingFor(ctx, w.id)) await markDisabled(rec, reason);
  }

  async function deliver(w: WebhookConfig, job: Job<DeliverJob>, token?: string): Promise<string> {
    const id = job.id as string;
    const inputs = await getAttemptInputs(ctx, id, w.id, job.data.eventId);
    let rec = inputs.rec;
    // Not pending: already delivered or given up (a duplicate job, or a stalled one that did finish).
    if (!rec || rec.status !== 'pending') return 'skipped';
    if (inputs.endpoint.disabled) {
      await markDisabled(rec, inputs.endpoint.disabled.reason);
      return 'disabled';
    }
    const body = inputs.body;
    if (body === null) {
      await save(rec, { status: 'failed', nextAttemptAt: null, lastError: 'event body no longer stored (retention)' });
      outcome(w.id, 'failed');
      return 'failed';
    }

    const result = await attempt(w, rec, body);
    const now = Date.now();
    const c = classifyAttempt(result, now);
    const attempts = rec.attempts + 1;
    const log = { webhook: w.id, delivery: id, event: rec.eventId, attempt: attempts };

    if (c.outcome !== 'delivered') await noteFailure(w);
    else {
      failures.delete(w.id);
      await save(rec, { status: 'delivered', attempts, lastResponseCode: c.status, lastError: null, nextAttemptAt: null, deliveredAt: new Date(now).toISOString() });
      outcome(w.id, 'delivered');
      logger.debug({ ...log, status: c.status }, 'webhook delivered');
      return 'delivered';
    }
    if (c.outcome === 'disable') {
      rec = await save(rec, { attempts, lastResponseCode: c.status });
      await markDisabled(rec, c.reason);
      await disable(w, c.reason);
      return 'disabled';
    }

    const delay = nextRetryDelay(w.retrySchedule, attempts, c.retryAfterMs, random);
    if (delay === null) {
      await save(rec, { status: 'failed', attempts, lastResponseCode: c.status, lastError: c.reason, nextAttemptAt: null });
      outcome(w.id, 'failed');
      logger.warn({ ...log, err: c.reason }, 'webhook delivery failed: retry schedule used up');
      return 'failed';
    }
    const at = now + delay;
    const saved = await saveReading(rec, { attempts, lastResponseCode: c.status, lastError: c.reason, nextAttemptAt: new Date(at).toISOString() });
    // An endpoint disabled meanwhile wins (see saveDelivery).
    if (saved.endpoint.disabled) {
      await markDisabled(saved.rec, saved.endpoint.disabled.reason);
      return 'disabled';
    }
    outcome(w.id, 'retrying');
    logger.debug({ ...log, err: c.reason, retryInMs: delay }, 'webhook delivery will be retried');
    await job.moveToDelayed(at, token);
    throw new DelayedError();
  }

  function startWorkers(): void {
    if (workers.length) return;
    for (const w of deps.webhooks) {
      const worker = new Worker<DeliverJob>(deliveryQueueName(w.id), (job, token) => deliver(w, job, token), {
        connection: deps.connection,
        prefix: deps.queuePrefix,
        concurrency: w.concurrency,
        stalledInterval: deps.stalledIntervalMs ?? 30_000,
        lockDuration: deps.lockDurationMs ?? 30_000,
        // A worker killed mid-attempt leaves a stalled job; it is taken up again (at-least-once) a few times
        // before BullMQ gives up on it (it then stays in the failed set, and `replay` can still send it).
        maxStalledCount: 5,
        // BullMQ only honours Queue.rateLimit (the pacing of failing endpoints) on workers that have a limiter;
        // this one is far above any real rate, so it never limits by itself.
        limiter: { max: 100_000, duration: 1000 },
      });
      worker.on('error', (err) => logger.warn({ webhook: w.id, err: err.message }, 'delivery worker error'));
      worker.on('failed', (job, err) => {
        if (err.name !== 'DelayedError') logger.warn({ webhook: w.id, delivery: job?.id, err: err.message }, 'delivery job error');
      });
      workers.push(worker);
    }
  }

  async function pending(): Promise<number> {
    let n = 0;
    for (const w of deps.webhooks) {
      const counts = await queueFor(w.id).getJobCounts('waiting', 'active', 'prioritized');
      n += Object.values(counts).reduce((a, b) => a + b, 0);
    }
    return n;
  }

  async function requeue(rec: DeliveryRecord): Promise<boolean> {
    const q = queueFor(rec.webhookId);
    if (rec.status === 'pending') {
      // Already queued: attempt it now rather than at its scheduled time.
      const job = await q.getJob(rec.id);
      if (!job) await enqueue(rec);
      else if (await job.isDelayed()) await job.promote();
      return true;
    }
    if (!(await touchEventBody(ctx, rec.eventId, retentionMs))) {
      logger.warn({ delivery: rec.id, event: rec.eventId }, 'cannot replay: event body no longer stored');
      return false;
    }
    // A job left in BullMQ's failed set (internal errors) would block re-adding the same id.
    await q.remove(rec.id).catch(() => undefined);
    const next = await save(rec, { status: 'pending', attempts: 0, nextAttemptAt: new Date().toISOString(), deliveredAt: null });
    await enqueue(next);
    return true;
  }

  async function replay(opts: { deliveryId?: string; failed?: boolean; webhookId?: string }): Promise<number> {
    let recs: DeliveryRecord[];
    if (opts.deliveryId) {
      const r = await getDelivery(ctx, opts.deliveryId);
      recs = r && (opts.webhookId === undefined || r.webhookId === opts.webhookId) ? [r] : [];
    } else if (opts.failed || opts.webhookId) {
      recs = await listUndelivered(ctx, opts.webhookId);
    } else {
      return 0;
    }
    const enabled = new Set<string>();
    let n = 0;
    for (const rec of recs) {
      if (!byId.has(rec.webhookId)) continue; // endpoint removed from the config
      if (!enabled.has(rec.webhookId)) {
        enabled.add(rec.webhookId);
        const { disabled } = await getEndpointState(ctx, rec.webhookId);
        if (disabled) {
          await enableEndpoint(ctx, rec.webhookId);
          logger.info({ webhook: rec.webhookId, was: disabled.reason }, 'webhook endpoint enabled again by a replay');
        }
      }
      if (await requeue(rec)) n++;
    }
    return n;
  }

  async function close(): Promise<void> {
    const stuck = await closeWithin(workers);
    if (stuck) logger.warn({ workers: stuck }, 'delivery workers did not close in time; left to the stalled-job check');
    workers.length = 0;
    await closeWithin([...queues.values()]);
    queues.clear();
  }

  return { publish, startWorkers, pending, replay, close };
}
