// When each feed was first served or pushed: an empty feed's `updated` (and Last-Modified). A stored time, not
// the clock or the process start, so every process renders the same bytes for it (ETags agree behind a load
// balancer, and WebSub pushes match what GET serves) and it stays put across restarts.
import { key, type StoreCtx } from './context.js';

/** The feed's first-served time (ISO 8601); `now` becomes it the first time a feed is asked for. */
export async function feedSince(ctx: StoreCtx, feed: string, now: Date): Promise<string> {
  const k = key(ctx, 'feed', 'since', feed);
  const iso = now.toISOString();
  if ((await ctx.redis.set(k, iso, 'NX')) === 'OK') return iso;
  return (await ctx.redis.get(k)) ?? iso;
}
