// One delivery attempt per job: POST the stored body, signed, and let retry.ts say what the answer means.
// Retries follow the endpoint's retrySchedule, not BullMQ's attempts: after a failed attempt the job moves
// itself to the delayed set until the time retry.ts gives (jitter, Retry-After) and throws DelayedError, so the
// same job (same id, same stored body, same webhook-id) is attempted again, and a crash or a Redis restart (with
// AOF) loses nothing. A worker that dies mid-attempt leaves a stalled job that another worker takes up
// (at-least-once; receivers deduplicate on webhook-id). BullMQ's own attempts/backoff only cover errors of ours
// (Redis hiccups), not the endpoint's answers.
// An endpoint that failed FAILING_AFTER attempts in a row is paced (its queue is rate-limited between attempts)
// until it answers 2xx again: a dead receiver with a backlog would otherwise burn through attempts as fast as
// connections are refused. 410 disables the endpoint: its pending deliveries are marked disabled and its queued
// jobs dropped; records are written before the disabled flag is re-read, so a concurrent attempt can never
// write "pending" over "disabled".
// The same attempts carry the WebSub hub's pushes (websub.ts): a DeliveryTarget says where and how, whether it
// is a configured endpoint with a queue of its own or a subscription in the shared WebSub queue.
import { DelayedError, Worker, type Job, type WorkerOptions } from 'bullmq';
import type { WebhookConfig } from '../../src/config/load.js';
import { httpRequest } from '../../src/fetch/request.js';
import type { ResponseHead } from '../../src/fetch/types.js';
import type { DeliverPayload } from '../../src/queues.js';
import { disableEndpoint, getAttemptInputs, listPendingFor, type DeliveryRecord } from '../../src/store/deliveries.js';
import { classifyAttempt, nextRetryDelay, type AttemptResult } from '../../src/publish/webhooks/retry.js';
import { deliveryQueueName } from '../../src/publish/webhooks/route.js';
import { webhookHeaders } from '../../src/publish/webhooks/sign.js';
import { WEBSUB_QUEUE, type DeliveryContext, type DeliveryTarget } from './context.js';
import { websubTarget } from './websub.js';
import { errorKind } from '../../src/util/log-throttle.js';

/** What is kept of a receiver's answer body: nothing of it is used, and a 2xx is a 2xx whatever follows. */
const MAX_RESPONSE_BYTES = 64 * 1024;
/** Consecutive failed attempts after which an endpoint is paced... */
const FAILING_AFTER = 5;
/** ...to at most `concurrency` new attempts per this long, until it answers 2xx again. */
const FAILING_PACE_MS = 250;

/** One POST; a response's status line decides, even if its body then fails to arrive whole. */
async function attempt(
  cx: DeliveryContext,
  w: DeliveryTarget,
  rec: DeliveryRecord,
  body: string,
): Promise<AttemptResult> {
  const seen: { head?: ResponseHead } = {};
  try {
    const res = await httpRequest(w.url, {
      method: 'POST',
      headers: w.headers(rec, body, Date.now()),
      body,
      timeoutMs: w.timeoutMs,
      maxBytes: MAX_RESPONSE_BYTES,
      maxRedirects: 0,
      allowPrivateNetworks: w.allowPrivateNetworks,
      userAgent: cx.deps.userAgent,
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

/** An endpoint that keeps failing is paced, so a dead receiver costs the shared Redis and CPU little. */
async function noteFailure(cx: DeliveryContext, w: DeliveryTarget): Promise<void> {
  if (!w.ownQueue) return;
  const n = (cx.failures.get(w.id) ?? 0) + 1;
  cx.failures.set(w.id, n);
  if (n >= FAILING_AFTER) await cx.queueFor(w.id).rateLimit(FAILING_PACE_MS);
}

async function disable(cx: DeliveryContext, w: DeliveryTarget, reason: string): Promise<void> {
  await disableEndpoint(cx.ctx, w.id, reason, new Date().toISOString());
  cx.logger.warn({ webhook: w.id, url: w.url, reason }, 'webhook endpoint disabled');
  // Waiting and delayed jobs of this endpoint's own queue; an attempt in flight finds the flag when it ends.
  // A shared queue is left alone: the other jobs of this target find the flag when they come up.
  if (w.ownQueue) await cx.queueFor(w.id).drain(true);
  for (const rec of await listPendingFor(cx.ctx, w.id)) await cx.markDisabled(rec, reason);
  await w.gone?.();
}

/** A configured endpoint as a delivery target. */
function webhookTarget(cx: DeliveryContext, w: WebhookConfig): DeliveryTarget {
  return {
    id: w.id,
    url: w.url,
    timeoutMs: w.timeout,
    retrySchedule: w.retrySchedule,
    allowPrivateNetworks: w.allowPrivateNetworks ?? cx.deps.allowPrivateNetworks ?? false,
    ownQueue: true,
    headers: (rec, body, now) => webhookHeaders(w.secrets, rec.eventId, Math.floor(now / 1000), body),
  };
}

async function deliver(
  cx: DeliveryContext,
  w: DeliveryTarget,
  job: Job<DeliverPayload>,
  token?: string,
): Promise<string> {
  const id = job.id as string;
  const inputs = await getAttemptInputs(cx.ctx, id, w.id, job.data.eventId);
  let rec = inputs.rec;
  // Not pending: already delivered or given up (a duplicate job, or a stalled one that did finish).
  if (!rec || rec.status !== 'pending') return 'skipped';
  if (inputs.endpoint.disabled) {
    await cx.markDisabled(rec, inputs.endpoint.disabled.reason);
    return 'disabled';
  }
  const body = inputs.body;
  if (body === null) {
    await cx.save(rec, { status: 'failed', nextAttemptAt: null, lastError: 'event body no longer stored (retention)' });
    cx.outcome(w.id, 'failed');
    return 'failed';
  }

  const result = await attempt(cx, w, rec, body);
  const now = Date.now();
  const c = classifyAttempt(result, now);
  const attempts = rec.attempts + 1;
  const log = { webhook: w.id, delivery: id, event: rec.eventId, attempt: attempts };

  if (c.outcome !== 'delivered') await noteFailure(cx, w);
  else {
    cx.failures.delete(w.id);
    await cx.save(rec, {
      status: 'delivered',
      attempts,
      lastResponseCode: c.status,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: new Date(now).toISOString(),
    });
    cx.outcome(w.id, 'delivered');
    cx.logger.debug({ ...log, status: c.status }, 'webhook delivered');
    return 'delivered';
  }
  if (c.outcome === 'disable') {
    rec = await cx.save(rec, { attempts, lastResponseCode: c.status });
    await cx.markDisabled(rec, c.reason);
    await disable(cx, w, c.reason);
    return 'disabled';
  }

  const delay = nextRetryDelay(w.retrySchedule, attempts, c.retryAfterMs, cx.random);
  if (delay === null) {
    await cx.save(rec, {
      status: 'failed',
      attempts,
      lastResponseCode: c.status,
      lastError: c.reason,
      nextAttemptAt: null,
    });
    cx.outcome(w.id, 'failed');
    cx.logger.warn({ ...log, err: c.reason }, 'webhook delivery failed: retry schedule used up');
    return 'failed';
  }
  const at = now + delay;
  const saved = await cx.saveReading(rec, {
    attempts,
    lastResponseCode: c.status,
    lastError: c.reason,
    nextAttemptAt: new Date(at).toISOString(),
  });
  // An endpoint disabled meanwhile wins (see saveDelivery).
  if (saved.endpoint.disabled) {
    await cx.markDisabled(saved.rec, saved.endpoint.disabled.reason);
    return 'disabled';
  }
  cx.outcome(w.id, 'retrying');
  cx.logger.debug({ ...log, err: c.reason, retryInMs: delay }, 'webhook delivery will be retried');
  await job.moveToDelayed(at, token);
  throw new DelayedError();
}

function workerOptions(cx: DeliveryContext, concurrency: number): WorkerOptions {
  return {
    connection: cx.deps.connection,
    prefix: cx.deps.queuePrefix,
    concurrency,
    stalledInterval: cx.deps.stalledIntervalMs ?? 30_000,
    lockDuration: cx.deps.lockDurationMs ?? 30_000,
    // A worker killed mid-attempt leaves a stalled job; it is taken up again (at-least-once) a few times
    // before BullMQ gives up on it (it then stays in the failed set, and `replay` can still send it).
    maxStalledCount: 5,
  };
}

export function startDeliveryWorkers(cx: DeliveryContext): Worker<DeliverPayload>[] {
  const workers: Worker<DeliverPayload>[] = [];
  for (const config of cx.deps.webhooks) {
    const w = webhookTarget(cx, config);
    const worker = new Worker<DeliverPayload>(deliveryQueueName(w.id), (job, token) => deliver(cx, w, job, token), {
      ...workerOptions(cx, config.concurrency),
      // BullMQ only honours Queue.rateLimit (the pacing of failing endpoints) on workers that have a limiter;
      // this one is far above any real rate, so it never limits by itself.
      limiter: { max: 100_000, duration: 1000 },
    });
    worker.on('error', (err) =>
      cx.warnRepeated(`worker:${w.id}:${errorKind(err)}`, { webhook: w.id, err: err.message }, 'delivery worker error'),
    );
    worker.on('failed', (job, err) => {
      if (err.name !== 'DelayedError')
        cx.logger.warn({ webhook: w.id, delivery: job?.id, err: err.message }, 'delivery job error');
    });
    workers.push(worker);
  }
  const ws = cx.deps.websub;
  if (ws) {
    const worker = new Worker<DeliverPayload>(
      WEBSUB_QUEUE,
      async (job, token) => {
        const target = await websubTarget(cx, ws, job.data.webhookId);
        return target ? deliver(cx, target, job, token) : cx.endedSubscription(job.id as string);
      },
      workerOptions(cx, ws.concurrency),
    );
    worker.on('error', (err) =>
      cx.warnRepeated(
        `worker:${WEBSUB_QUEUE}:${errorKind(err)}`,
        { queue: WEBSUB_QUEUE, err: err.message },
        'delivery worker error',
      ),
    );
    worker.on('failed', (job, err) => {
      if (err.name !== 'DelayedError')
        cx.logger.warn({ queue: WEBSUB_QUEUE, delivery: job?.id, err: err.message }, 'delivery job error');
    });
    workers.push(worker);
  }
  return workers;
}
