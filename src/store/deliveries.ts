// Webhook events and their deliveries.
//
// An event's body is stored once, as the exact string that is signed and sent, so every retry and replay sends
// identical bytes. A delivery is one (event, endpoint) pair with its own record; its id is also the id of its
// BullMQ job. Records and bodies expire after the retention period (refreshed on every change); the lists
// are trimmed to it on every publish.
//
// Keys:  wh:event:<eventId>            body (string)
//        wh:delivery:<deliveryId>      DeliveryRecord (JSON)
//        wh:list  wh:list:<webhookId>  zset deliveryId -> createdAt ms (newest first for the API)
//        wh:undelivered                zset deliveryId -> updatedAt ms (failed and disabled: what replay takes)
//        wh:endpoint:<webhookId>       EndpointState (JSON): disabled, and why
import type { EventType } from '../config/schema.js';
import { key, type StoreCtx } from './context.js';
import { getJson, getJsonMany } from './json.js';

/** A webhook event's type, or the push of an updated feed to a WebSub subscriber (webhookId is then the subscription's id). */
export type DeliveryType = EventType | 'websub.content';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'disabled';

export interface DeliveryRecord {
  id: string;
  eventId: string;
  webhookId: string;
  /** The endpoint's URL when the delivery was made. */
  webhook: string;
  type: DeliveryType;
  topicId: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastResponseCode: number | null;
  lastError: string | null;
  /** ISO time of the next attempt while pending; null otherwise. */
  nextAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
}

export interface EndpointState {
  disabled: { reason: string; at: string } | null;
}

export const DEFAULT_DELIVERY_RETENTION_MS = 30 * 86_400_000;

const eventKey = (ctx: StoreCtx, eventId: string) => key(ctx, 'wh', 'event', eventId);
const deliveryKey = (ctx: StoreCtx, id: string) => key(ctx, 'wh', 'delivery', id);
const listKey = (ctx: StoreCtx, webhookId?: string) =>
  webhookId === undefined ? key(ctx, 'wh', 'list') : key(ctx, 'wh', 'list', webhookId);
const undeliveredKey = (ctx: StoreCtx) => key(ctx, 'wh', 'undelivered');
const endpointKey = (ctx: StoreCtx, webhookId: string) => key(ctx, 'wh', 'endpoint', webhookId);

/** Stores the body unless the event is already known. True when it was new. */
export async function saveEventBody(
  ctx: StoreCtx,
  eventId: string,
  body: string,
  retentionMs = DEFAULT_DELIVERY_RETENTION_MS,
): Promise<boolean> {
  return (await ctx.redis.set(eventKey(ctx, eventId), body, 'PX', retentionMs, 'NX')) === 'OK';
}

export function getEventBody(ctx: StoreCtx, eventId: string): Promise<string | null> {
  return ctx.redis.get(eventKey(ctx, eventId));
}

/** Keeps an event's body for another retention period (a replay may outlive the original one). */
export async function touchEventBody(
  ctx: StoreCtx,
  eventId: string,
  retentionMs = DEFAULT_DELIVERY_RETENTION_MS,
): Promise<boolean> {
  return (await ctx.redis.pexpire(eventKey(ctx, eventId), retentionMs)) === 1;
}

/** Creates the record unless it exists (one round trip; ZADD NX keeps a listed delivery's place). True when it was new. */
export async function createDelivery(
  ctx: StoreCtx,
  rec: DeliveryRecord,
  retentionMs = DEFAULT_DELIVERY_RETENTION_MS,
): Promise<boolean> {
  const at = Date.parse(rec.createdAt);
  const m = ctx.redis
    .multi()
    .set(deliveryKey(ctx, rec.id), JSON.stringify(rec), 'PX', retentionMs, 'NX')
    .zadd(listKey(ctx), 'NX', at, rec.id)
    .zadd(listKey(ctx, rec.webhookId), 'NX', at, rec.id);
  // Listed even if the record already existed; listUndelivered reads the status from the record itself.
  if (rec.status === 'failed' || rec.status === 'disabled')
    m.zadd(undeliveredKey(ctx), 'NX', Date.parse(rec.updatedAt), rec.id);
  const res = await m.exec();
  return res?.[0]?.[1] === 'OK';
}

export function getDelivery(ctx: StoreCtx, id: string): Promise<DeliveryRecord | null> {
  return getJson<DeliveryRecord>(ctx, deliveryKey(ctx, id));
}

/**
 * Overwrites an existing record (never recreates an expired one), keeps the replay list in step, and reads the
 * endpoint's state in the same round trip: written first, read second, so a caller that finds the endpoint
 * disabled knows its write came after the disabling and must correct it.
 */
export async function saveDelivery(
  ctx: StoreCtx,
  rec: DeliveryRecord,
  retentionMs = DEFAULT_DELIVERY_RETENTION_MS,
): Promise<EndpointState> {
  const m = ctx.redis.multi().set(deliveryKey(ctx, rec.id), JSON.stringify(rec), 'PX', retentionMs, 'XX');
  if (rec.status === 'failed' || rec.status === 'disabled')
    m.zadd(undeliveredKey(ctx), Date.parse(rec.updatedAt), rec.id);
  else m.zrem(undeliveredKey(ctx), rec.id);
  m.get(endpointKey(ctx, rec.webhookId));
  const res = await m.exec();
  const endpoint = res?.[2]?.[1];
  return typeof endpoint === 'string' ? (JSON.parse(endpoint) as EndpointState) : { disabled: null };
}

/** Newest first, optionally for one endpoint. */
export async function listDeliveries(
  ctx: StoreCtx,
  opts: { webhookId?: string; limit?: number; offset?: number } = {},
): Promise<DeliveryRecord[]> {
  const offset = opts.offset ?? 0;
  const limit = opts.limit ?? 100;
  if (limit <= 0) return [];
  const ids = await ctx.redis.zrevrange(listKey(ctx, opts.webhookId), offset, offset + limit - 1);
  return getJsonMany<DeliveryRecord>(
    ctx,
    ids.map((id) => deliveryKey(ctx, id)),
  );
}

/** Failed and disabled deliveries (what a replay of "--failed" takes), oldest first, optionally for one endpoint. */
export async function listUndelivered(ctx: StoreCtx, webhookId?: string): Promise<DeliveryRecord[]> {
  const ids = await ctx.redis.zrange(undeliveredKey(ctx), 0, -1);
  const out: DeliveryRecord[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const recs = await getJsonMany<DeliveryRecord>(
      ctx,
      ids.slice(i, i + 500).map((id) => deliveryKey(ctx, id)),
    );
    out.push(
      ...recs.filter(
        (r) =>
          (r.status === 'failed' || r.status === 'disabled') && (webhookId === undefined || r.webhookId === webhookId),
      ),
    );
  }
  return out;
}

/** Pending deliveries of one endpoint, among the newest `scan` of its list (pending ones are recent: the schedule is days, retention weeks). */
export async function listPendingFor(ctx: StoreCtx, webhookId: string, scan = 100_000): Promise<DeliveryRecord[]> {
  const recs = await listDeliveries(ctx, { webhookId, limit: scan });
  return recs.filter((r) => r.status === 'pending');
}

/** What one attempt needs, in one round trip: the record, the endpoint's state and the body. */
export async function getAttemptInputs(
  ctx: StoreCtx,
  deliveryId: string,
  webhookId: string,
  eventId: string,
): Promise<{ rec: DeliveryRecord | null; endpoint: EndpointState; body: string | null }> {
  const [rec, endpoint, body] = await ctx.redis.mget(
    deliveryKey(ctx, deliveryId),
    endpointKey(ctx, webhookId),
    eventKey(ctx, eventId),
  );
  return {
    rec: rec ? (JSON.parse(rec) as DeliveryRecord) : null,
    endpoint: endpoint ? (JSON.parse(endpoint) as EndpointState) : { disabled: null },
    body: body ?? null,
  };
}

export async function getEndpointStates(ctx: StoreCtx, webhookIds: string[]): Promise<EndpointState[]> {
  if (!webhookIds.length) return [];
  const values = await ctx.redis.mget(...webhookIds.map((id) => endpointKey(ctx, id)));
  return values.map((v) => (v ? (JSON.parse(v) as EndpointState) : { disabled: null }));
}

export async function getEndpointState(ctx: StoreCtx, webhookId: string): Promise<EndpointState> {
  return (await getJson<EndpointState>(ctx, endpointKey(ctx, webhookId))) ?? { disabled: null };
}

export async function disableEndpoint(ctx: StoreCtx, webhookId: string, reason: string, at: string): Promise<void> {
  const state: EndpointState = { disabled: { reason, at } };
  await ctx.redis.set(endpointKey(ctx, webhookId), JSON.stringify(state));
}

export async function enableEndpoint(ctx: StoreCtx, webhookId: string): Promise<void> {
  await ctx.redis.del(endpointKey(ctx, webhookId));
}

/** Drops list entries older than the retention period (their records and bodies expire on their own). */
export async function pruneDeliveries(
  ctx: StoreCtx,
  webhookIds: string[],
  retentionMs: number,
  now: number,
): Promise<void> {
  const cutoff = now - retentionMs;
  const m = ctx.redis
    .multi()
    .zremrangebyscore(listKey(ctx), '-inf', cutoff)
    .zremrangebyscore(undeliveredKey(ctx), '-inf', cutoff);
  for (const id of webhookIds) m.zremrangebyscore(listKey(ctx, id), '-inf', cutoff);
  await m.exec();
}
