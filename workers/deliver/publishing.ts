// publish(): the event's body is stored once (exact bytes), then one delivery record and one job per matching
// endpoint. Idempotent: the job id is the delivery id, and a delivery that already exists is only queued again
// while it is still pending (which heals a job lost between the two writes, and is a no-op otherwise).
import {
  createDelivery,
  getDelivery,
  getEndpointStates,
  saveEventBody,
  type DeliveryRecord,
} from '../../src/store/deliveries.js';
import { eventBody, type WebhookEvent } from '../../src/publish/webhooks/events.js';
import { deliveryId, matchesEndpoint } from '../../src/publish/webhooks/route.js';
import { WebhookEventError, type DeliveryContext } from './context.js';

export async function publish(
  cx: DeliveryContext,
  prune: (now: number) => Promise<void>,
  event: WebhookEvent,
): Promise<string[]> {
  if (!/^[A-Za-z0-9_-]+$/.test(event.id))
    throw new WebhookEventError(`event id must be letters, digits, "_" or "-": ${JSON.stringify(event.id)}`);
  const targets = cx.deps.webhooks.filter((w) => matchesEndpoint(w, event));
  if (!targets.length) return [];
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  await prune(now);
  const [, states] = await Promise.all([
    saveEventBody(cx.ctx, event.id, eventBody(event), cx.retentionMs),
    getEndpointStates(
      cx.ctx,
      targets.map((w) => w.id),
    ),
  ]);
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
      if (await createDelivery(cx.ctx, rec, cx.retentionMs)) {
        if (disabled) cx.outcome(w.id, 'disabled');
        else await cx.enqueue(rec);
      } else {
        const existing = await getDelivery(cx.ctx, id);
        if (existing?.status === 'pending') await cx.enqueue(existing);
      }
      return id;
    }),
  );
}
