// Short mutual-exclusion leases across processes (SET NX PX + compare-and-delete). A crashed holder's lease
// expires by itself, so a killed worker never blocks the others for longer than the lease.
import { randomBytes } from 'node:crypto';
import { key, type StoreCtx } from './context.js';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export async function withLock<T>(
  ctx: StoreCtx,
  name: string,
  fn: () => Promise<T>,
  opts: { leaseMs?: number; waitMs?: number } = {},
): Promise<T> {
  const leaseMs = opts.leaseMs ?? 30_000;
  const deadline = Date.now() + (opts.waitMs ?? 60_000);
  const k = key(ctx, 'lock', name);
  const token = randomBytes(8).toString('hex');
  let delay = 5;
  while ((await ctx.redis.set(k, token, 'PX', leaseMs, 'NX')) !== 'OK') {
    if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${name}`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 100);
  }
  try {
    return await fn();
  } finally {
    await ctx.redis.eval(RELEASE, 1, k, token);
  }
}
