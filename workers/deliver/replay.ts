// Sending deliveries again (`deltafeed deliveries replay`), and how many are waiting to be sent (for `once`).
import {
  enableEndpoint,
  getDelivery,
  getEndpointState,
  listUndelivered,
  touchEventBody,
  type DeliveryRecord,
} from '../../src/store/deliveries.js';
import { WEBSUB_QUEUE, type DeliveryContext } from './context.js';

export interface ReplayOptions {
  deliveryId?: string;
  failed?: boolean;
  webhookId?: string;
}

export async function pendingDeliveries(cx: DeliveryContext): Promise<number> {
  let n = 0;
  for (const w of cx.deps.webhooks) {
    const counts = await cx.queueFor(w.id).getJobCounts('waiting', 'active', 'prioritized');
    n += Object.values(counts).reduce((a, b) => a + b, 0);
  }
  if (cx.deps.websub) {
    const counts = await cx.queueNamed(WEBSUB_QUEUE).getJobCounts('waiting', 'active', 'prioritized');
    n += Object.values(counts).reduce((a, b) => a + b, 0);
  }
  return n;
}

async function requeue(cx: DeliveryContext, rec: DeliveryRecord): Promise<boolean> {
  const q = cx.queueFor(rec.webhookId);
  if (rec.status === 'pending') {
    // Already queued: attempt it now rather than at its scheduled time.
    const job = await q.getJob(rec.id);
    if (!job) await cx.enqueue(rec);
    else if (await job.isDelayed()) await job.promote();
    return true;
  }
  if (!(await touchEventBody(cx.ctx, rec.eventId, cx.retentionMs))) {
    cx.logger.warn({ delivery: rec.id, event: rec.eventId }, 'cannot replay: event body no longer stored');
    return false;
  }
  // A job left in BullMQ's failed set (internal errors) would block re-adding the same id.
  await q.remove(rec.id).catch(() => undefined);
  const next = await cx.save(rec, {
    status: 'pending',
    attempts: 0,
    nextAttemptAt: new Date().toISOString(),
    deliveredAt: null,
  });
  await cx.enqueue(next);
  return true;
}

export async function replayDeliveries(cx: DeliveryContext, opts: ReplayOptions): Promise<number> {
  let recs: DeliveryRecord[];
  if (opts.deliveryId) {
    const r = await getDelivery(cx.ctx, opts.deliveryId);
    recs = r && (opts.webhookId === undefined || r.webhookId === opts.webhookId) ? [r] : [];
  } else if (opts.failed || opts.webhookId) {
    recs = await listUndelivered(cx.ctx, opts.webhookId);
  } else {
    return 0;
  }
  const enabled = new Set<string>();
  let n = 0;
  for (const rec of recs) {
    if (!cx.byId.has(rec.webhookId)) continue; // endpoint removed from the config
    if (!enabled.has(rec.webhookId)) {
      enabled.add(rec.webhookId);
      const { disabled } = await getEndpointState(cx.ctx, rec.webhookId);
      if (disabled) {
        await enableEndpoint(cx.ctx, rec.webhookId);
        cx.logger.info({ webhook: rec.webhookId, was: disabled.reason }, 'webhook endpoint enabled again by a replay');
      }
    }
    if (await requeue(cx, rec)) n++;
  }
  return n;
}
