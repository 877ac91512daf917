// Our WebSub subscriptions to sources' hubs. Keys:
//   websub:sub:<id>          JSON record: hub, topic, secret, state, lease
//   websub:sub:<id>:counts   hash: pushes, badSignatures, lastPushAt (written by concurrent pushes)
//   websub:subs              set of every subscription id (for renewal and clean-up after a source is removed)
//   source:<id>:websub       the source's current subscription id
import { key, type StoreCtx } from './context.js';
import { getJson } from './json.js';

export type SubscriptionState = 'requested' | 'active' | 'unsubscribing' | 'denied' | 'failed';

export interface SourceSubscription {
  /** Opaque, random: the last segment of the callback URL. */
  id: string;
  sourceId: string;
  hub: string;
  topic: string;
  callback: string;
  /** hub.secret: pushes must carry X-Hub-Signature made with it. */
  secret: string;
  state: SubscriptionState;
  requestedAt: string;
  verifiedAt: string | null;
  leaseSeconds: number | null;
  expiresAt: string | null;
  renewAt: string | null;
  lastError: string | null;
  /** The source's SSRF policy when subscribing, kept so the hub can still be told when the source is removed. */
  allowPrivateNetworks: boolean;
}

export interface SubscriptionCounts {
  pushes: number;
  badSignatures: number;
  lastPushAt: string | null;
}

const subKey = (ctx: StoreCtx, id: string) => key(ctx, 'websub', 'sub', id);
const countsKey = (ctx: StoreCtx, id: string) => key(ctx, 'websub', 'sub', id, 'counts');
const allKey = (ctx: StoreCtx) => key(ctx, 'websub', 'subs');
const sourceKey = (ctx: StoreCtx, sourceId: string) => key(ctx, 'source', sourceId, 'websub');

export function getSubscription(ctx: StoreCtx, id: string): Promise<SourceSubscription | null> {
  return getJson<SourceSubscription>(ctx, subKey(ctx, id));
}

export async function sourceSubscription(ctx: StoreCtx, sourceId: string): Promise<SourceSubscription | null> {
  const id = await ctx.redis.get(sourceKey(ctx, sourceId));
  return id ? getSubscription(ctx, id) : null;
}

/** Save a subscription; `current` also makes it the source's subscription. */
export async function saveSubscription(ctx: StoreCtx, sub: SourceSubscription, current = true): Promise<void> {
  const m = ctx.redis.multi().set(subKey(ctx, sub.id), JSON.stringify(sub)).sadd(allKey(ctx), sub.id);
  if (current) m.set(sourceKey(ctx, sub.sourceId), sub.id);
  await m.exec();
}

/** Forget a subscription (unsubscribed, or given up); the source's pointer goes only if it still points here. */
export async function deleteSubscription(ctx: StoreCtx, sub: SourceSubscription): Promise<void> {
  const pointer = sourceKey(ctx, sub.sourceId);
  const current = await ctx.redis.get(pointer);
  const m = ctx.redis.multi().unlink(subKey(ctx, sub.id), countsKey(ctx, sub.id)).srem(allKey(ctx), sub.id);
  // Only a new subscription of the same source moves the pointer, and it is saved before the old one is dropped.
  if (current === sub.id) m.unlink(pointer);
  await m.exec();
}

export async function listSubscriptions(ctx: StoreCtx): Promise<SourceSubscription[]> {
  const ids = await ctx.redis.smembers(allKey(ctx));
  if (!ids.length) return [];
  const values = await ctx.redis.mget(...ids.map((id) => subKey(ctx, id)));
  return values.filter((v): v is string => v !== null).map((v) => JSON.parse(v) as SourceSubscription);
}

export async function countPush(ctx: StoreCtx, id: string, outcome: 'accepted' | 'badSignature', at: string) {
  const k = countsKey(ctx, id);
  if (outcome === 'accepted') await ctx.redis.multi().hincrby(k, 'pushes', 1).hset(k, 'lastPushAt', at).exec();
  else await ctx.redis.hincrby(k, 'badSignatures', 1);
}

export async function subscriptionCounts(ctx: StoreCtx, id: string): Promise<SubscriptionCounts> {
  const h = await ctx.redis.hgetall(countsKey(ctx, id));
  return {
    pushes: Number(h.pushes ?? 0),
    badSignatures: Number(h.badSignatures ?? 0),
    lastPushAt: h.lastPushAt ?? null,
  };
}

/** Active and within its lease: pushes are expected, polling steps back. */
export function isLive(sub: SourceSubscription | null, nowMs: number): boolean {
  return !!sub && sub.state === 'active' && sub.expiresAt !== null && Date.parse(sub.expiresAt) > nowMs;
}
