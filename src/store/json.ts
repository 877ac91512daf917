// Small JSON helpers over Redis strings, shared by the record stores.
import type { StoreCtx } from './context.js';

export async function getJson<T>(ctx: StoreCtx, k: string): Promise<T | null> {
  const s = await ctx.redis.get(k);
  return s === null ? null : (JSON.parse(s) as T);
}

export async function getJsonMany<T>(ctx: StoreCtx, keys: string[]): Promise<T[]> {
  if (!keys.length) return [];
  const values = await ctx.redis.mget(...keys);
  return values.filter((v): v is string => v !== null).map((v) => JSON.parse(v) as T);
}

/** Newest-first page of members of a sorted set scored by time. */
export async function newestMembers(
  ctx: StoreCtx,
  zkey: string,
  offset: number,
  limit: number,
): Promise<{ members: string[]; total: number }> {
  const [members, total] = await Promise.all([
    ctx.redis.zrevrange(zkey, offset, offset + limit - 1),
    ctx.redis.zcard(zkey),
  ]);
  return { members, total };
}
