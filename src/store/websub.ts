// WebSub subscriptions of deltafeed's own hub, and the per-callback-host request counter.
//
// A subscription lives until its lease ends: its record expires with it (PX), and the per-feed index is a zset
// scored by the expiry, so "active now" is a range read and expired members are trimmed on the way.
//
// Keys:  websub:sub:<subId>         Subscription (JSON), expires with the lease
//        websub:feed:<feedPath>     zset subId -> expiresAt ms (the subscribers of one feed, e.g. /feeds/stories.atom)
//        websub:all                 zset subId -> expiresAt ms (for counting)
//        websub:rate:<host>         counter of subscription requests in the current window
import { key, type StoreCtx } from './context.js';
import { getJson, getJsonMany } from './json.js';

export interface Subscription {
  id: string;
  /** The topic URL as we advertise it (the feed's self link). */
  topic: string;
  /** The feed's path, e.g. /feeds/topics/nato.atom: what content distribution looks subscribers up by. */
  feedPath: string;
  callback: string;
  secret: string | null;
  leaseSeconds: number;
  expiresAt: string;
  createdAt: string;
  verifiedAt: string;
}

const subKey = (ctx: StoreCtx, id: string) => key(ctx, 'hub', 'sub', id);
const feedKey = (ctx: StoreCtx, feedPath: string) => key(ctx, 'hub', 'feed', feedPath);
const allKey = (ctx: StoreCtx) => key(ctx, 'hub', 'all');
const rateKey = (ctx: StoreCtx, host: string) => key(ctx, 'hub', 'rate', host);

/** Creates or renews (same id) a verified subscription; it ends by itself at expiresAt. */
export async function saveSubscription(ctx: StoreCtx, sub: Subscription): Promise<void> {
  const until = Date.parse(sub.expiresAt);
  await ctx.redis
    .multi()
    .set(subKey(ctx, sub.id), JSON.stringify(sub), 'PXAT', until)
    .zadd(feedKey(ctx, sub.feedPath), until, sub.id)
    .zadd(allKey(ctx), until, sub.id)
    .exec();
}

export async function removeSubscription(ctx: StoreCtx, id: string, feedPath: string): Promise<void> {
  await ctx.redis.multi().del(subKey(ctx, id)).zrem(feedKey(ctx, feedPath), id).zrem(allKey(ctx), id).exec();
}

export function getSubscription(ctx: StoreCtx, id: string): Promise<Subscription | null> {
  return getJson<Subscription>(ctx, subKey(ctx, id));
}

/** The feed's subscriptions whose lease has not ended; ended ones are dropped from the index on the way. */
export async function activeSubscriptions(ctx: StoreCtx, feedPath: string, now = Date.now()): Promise<Subscription[]> {
  const k = feedKey(ctx, feedPath);
  const res = await ctx.redis
    .multi()
    .zremrangebyscore(k, '-inf', now)
    .zremrangebyscore(allKey(ctx), '-inf', now)
    .zrange(k, 0, -1)
    .exec();
  const ids = (res?.[2]?.[1] as string[] | undefined) ?? [];
  const out: Subscription[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const recs = await getJsonMany<Subscription>(
      ctx,
      ids.slice(i, i + 500).map((id) => subKey(ctx, id)),
    );
    out.push(...recs.filter((s) => Date.parse(s.expiresAt) > now));
  }
  return out;
}

export async function hasActiveSubscriptions(ctx: StoreCtx, feedPath: string, now = Date.now()): Promise<boolean> {
  return (await ctx.redis.zcount(feedKey(ctx, feedPath), `(${now}`, '+inf')) > 0;
}

export async function countActiveSubscriptions(ctx: StoreCtx, now = Date.now()): Promise<number> {
  return ctx.redis.zcount(allKey(ctx), `(${now}`, '+inf');
}

/**
 * Counts one subscription request from a callback host in a fixed window. Returns 0 while under `limit`, else
 * how many ms until the window ends (what Retry-After says).
 */
export async function hitSubscribeRate(ctx: StoreCtx, host: string, limit: number, windowMs: number): Promise<number> {
  const k = rateKey(ctx, host);
  const res = await ctx.redis.multi().incr(k).pexpire(k, windowMs, 'NX').pttl(k).exec();
  const n = Number(res?.[0]?.[1] ?? 0);
  if (n <= limit) return 0;
  const ttl = Number(res?.[2]?.[1] ?? windowMs);
  return ttl > 0 ? ttl : windowMs;
}
