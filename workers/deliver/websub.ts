// WebSub content distribution through the delivery runtime: an updated feed's bytes are stored once, as a
// webhook event's body is, and one delivery record and job per active subscriber go into the shared WebSub
// queue. Attempts, retries, failure records and the /api/deliveries log are the webhooks' own (attempts.ts).
import { contentHeaders, contentEventId, feedContentType } from '../../src/publish/websub/content.js';
import { deliveryId } from '../../src/publish/webhooks/route.js';
import {
  createDelivery,
  enableEndpoint,
  getDelivery,
  pruneDeliveries,
  saveEventBody,
  type DeliveryRecord,
} from '../../src/store/deliveries.js';
import { activeSubscriptions, getSubscription, removeSubscription } from '../../src/store/websub.js';
import type { DeliveryContext, DeliveryTarget, WebsubDeliveryOptions } from './context.js';

export interface FeedUpdate {
  /** e.g. /feeds/topics/nato.atom: the subscribers' index. */
  feedPath: string;
  /** The feed's first page as served. */
  body: string;
}

/** Queues the updated feed to each active subscriber of it; returns the delivery ids ([] without subscribers). */
export async function publishFeed(cx: DeliveryContext, update: FeedUpdate, now = Date.now()): Promise<string[]> {
  const subs = await activeSubscriptions(cx.ctx, update.feedPath, now);
  if (!subs.length) return [];
  const eventId = contentEventId(update.feedPath, update.body);
  const nowIso = new Date(now).toISOString();
  await Promise.all([
    saveEventBody(cx.ctx, eventId, update.body, cx.retentionMs),
    pruneDeliveries(
      cx.ctx,
      subs.map((s) => s.id),
      cx.retentionMs,
      now,
    ),
  ]);
  return Promise.all(
    subs.map(async (sub) => {
      const rec: DeliveryRecord = {
        id: deliveryId(eventId, sub.id),
        eventId,
        webhookId: sub.id,
        webhook: sub.callback,
        type: 'websub.content',
        topicId: null,
        status: 'pending',
        attempts: 0,
        lastResponseCode: null,
        lastError: null,
        nextAttemptAt: nowIso,
        createdAt: nowIso,
        updatedAt: nowIso,
        deliveredAt: null,
      };
      if (await createDelivery(cx.ctx, rec, cx.retentionMs)) await cx.enqueue(rec);
      else if ((await getDelivery(cx.ctx, rec.id))?.status === 'pending') await cx.enqueue(rec);
      return rec.id;
    }),
  );
}

/** The subscription as a delivery target, or null once it has ended. Read at each attempt: a renewal's new secret signs. */
export async function websubTarget(
  cx: DeliveryContext,
  opts: WebsubDeliveryOptions,
  subId: string,
): Promise<DeliveryTarget | null> {
  const sub = await getSubscription(cx.ctx, subId);
  if (!sub || Date.parse(sub.expiresAt) <= Date.now()) return null;
  const contentType = feedContentType(sub.feedPath);
  return {
    id: sub.id,
    url: sub.callback,
    timeoutMs: opts.timeoutMs,
    retrySchedule: opts.retrySchedule,
    allowPrivateNetworks: cx.deps.allowPrivateNetworks ?? false,
    ownQueue: false,
    headers: (_rec, body) =>
      contentHeaders({ hubUrl: opts.hubUrl, topic: sub.topic, contentType, secret: sub.secret, body }),
    // A subscriber may answer 410 Gone to end its subscription. Its remaining pushes are marked disabled by
    // then, and later ones find no subscription, so the endpoint flag is not kept (it would outlive the lease).
    gone: async () => {
      await removeSubscription(cx.ctx, sub.id, sub.feedPath);
      await enableEndpoint(cx.ctx, sub.id);
    },
  };
}
