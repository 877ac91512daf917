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

/** Records by id in one read (`keyOf` names each one's key); ids not found are left out. */
export async function getJsonById<T>(
  ctx: StoreCtx,
  ids: readonly string[],
  keyOf: (id: string) => string,
): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  if (!ids.length) return out;
  const values = await ctx.redis.mget(...ids.map(keyOf));
  values.forEach((v, i) => {
    if (v !== null) out.set(ids[i]!, JSON.parse(v) as T);
  });
  return out;
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
