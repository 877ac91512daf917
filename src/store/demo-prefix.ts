// The demo starts from nothing under its prefix, so that every run shows the same first minute. It wipes only a
// prefix that is empty, that a demo marked as its own, or (`adoptUnmarked`) the demo config's own prefix, which
// demos before the marker left unmarked: with DELTAFEED_PREFIX or DELTAFEED_CONFIG pointing at a deployment,
// `npm run demo` must refuse instead of deleting that deployment's data.
import { key, type StoreCtx } from './context.js';

const OWNED = 'demo-owned';
const UNLINK_BATCH = 1000;

export type DemoPrefixClaim = { ok: true; wiped: number } | { ok: false; foreignKeys: number };

export async function claimDemoPrefix(ctx: StoreCtx, opts: { adoptUnmarked: boolean }): Promise<DemoPrefixClaim> {
  const marker = key(ctx, OWNED);
  const keys = await scanKeys(ctx, `${ctx.prefix}:*`);
  if (keys.length > 0 && !keys.includes(marker) && !opts.adoptUnmarked) return { ok: false, foreignKeys: keys.length };
  const stale = keys.filter((k) => k !== marker);
  for (let i = 0; i < stale.length; i += UNLINK_BATCH) await ctx.redis.unlink(...stale.slice(i, i + UNLINK_BATCH));
  await ctx.redis.set(marker, new Date().toISOString());
  return { ok: true, wiped: stale.length };
}

async function scanKeys(ctx: StoreCtx, pattern: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await ctx.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    out.push(...keys);
  } while (cursor !== '0');
  return out;
}
