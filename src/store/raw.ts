// Raw fetched HTML, kept only between the fetch and extract stages (and for a short retention after).
import { key, type StoreCtx } from './context.js';

const rawKey = (ctx: StoreCtx, id: string) => key(ctx, 'raw', id);

export async function putRaw(ctx: StoreCtx, id: string, html: string, ttlMs: number): Promise<string> {
  const k = rawKey(ctx, id);
  await ctx.redis.set(k, html, 'PX', Math.max(ttlMs, 60_000));
  return k;
}

export function getRaw(ctx: StoreCtx, rawKeyName: string): Promise<string | null> {
  return ctx.redis.get(rawKeyName);
}

export async function dropRaw(ctx: StoreCtx, rawKeyName: string): Promise<void> {
  await ctx.redis.unlink(rawKeyName);
}
