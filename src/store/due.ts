// Article re-checks due at a time: a sorted set (member = article id, score = due time) plus a hash of what to
// fetch. The scheduler drains due ones into the fetch queue. Kept out of BullMQ's delayed set so `once` can
// tell "nothing due now" from "work pending".
import { key, type StoreCtx } from './context.js';

const dueKey = (ctx: StoreCtx) => key(ctx, 'recheck', 'due');
const infoKey = (ctx: StoreCtx) => key(ctx, 'recheck', 'info');

export interface DueRecheck {
  articleId: string;
  sourceId: string;
  url: string;
  step: number;
}

/** One pending re-check per article: a newer schedule replaces the older one. */
export async function scheduleRecheck(ctx: StoreCtx, r: DueRecheck, at: number): Promise<void> {
  await ctx.redis.multi().zadd(dueKey(ctx), at, r.articleId).hset(infoKey(ctx), r.articleId, JSON.stringify(r)).exec();
}

/** Take (and remove) the re-checks due by `now`, at most `limit`. */
export async function takeDueRechecks(ctx: StoreCtx, now: number, limit = 500): Promise<DueRecheck[]> {
  const ids = await ctx.redis.zrangebyscore(dueKey(ctx), 0, now, 'LIMIT', 0, limit);
  if (!ids.length) return [];
  const infos = await ctx.redis.hmget(infoKey(ctx), ...ids);
  const out: DueRecheck[] = [];
  for (const [i, id] of ids.entries()) {
    // zrem answers 1 to exactly one taker, so two schedulers never both enqueue the same re-check.
    if ((await ctx.redis.zrem(dueKey(ctx), id)) === 1 && infos[i]) out.push(JSON.parse(infos[i]) as DueRecheck);
  }
  if (out.length) await ctx.redis.hdel(infoKey(ctx), ...out.map((r) => r.articleId));
  return out;
}
