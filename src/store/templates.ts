// Learned site templates: which text blocks recur across a host's pages. Each host keeps a window of its
// most recent distinct pages and, per block hash, on how many of those pages it appeared. A block seen
// on enough distinct pages is boilerplate for that host (a standing disclaimer, a sign-up box, the same
// bio under every story) and the cleaner removes it from then on.
//
// Memory is bounded per host: at most WINDOW pages (older ones are evicted and their counts taken back),
// at most MAX_HASHES_PER_PAGE hashes per page, and every key expires when the host goes quiet.
//
// Keys (all under the prefix):
//   tpl:{host}:pages        ZSET pageId -> time recorded, ms x 1000 + sequence (the window)
//   tpl:{host}:blocks       ZSET block hash -> number of pages in the window that have it
//   tpl:{host}:page:{id}    SET  the block hashes of one page (to take them back on eviction)
import { key, type StoreCtx } from './context.js';

export const TEMPLATE_WINDOW = 60;
export const MAX_HASHES_PER_PAGE = 300;
/** A block is boilerplate once it has been seen on this many distinct pages of the host. */
export const DEFAULT_MIN_PAGES = 4;
const TTL_SECONDS = 30 * 24 * 3600;

export interface TemplateOptions {
  /** Pages kept per host (default TEMPLATE_WINDOW). */
  window?: number;
}

/** Hosts are compared without case and without a leading "www.". */
export function templateHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

const pagesKey = (ctx: StoreCtx, host: string) => key(ctx, 'tpl', templateHost(host), 'pages');
const blocksKey = (ctx: StoreCtx, host: string) => key(ctx, 'tpl', templateHost(host), 'blocks');
const pageKey = (ctx: StoreCtx, host: string, pageId: string) => key(ctx, 'tpl', templateHost(host), 'page', pageId);

let seq = 0;

/**
 * Record the block hashes of one page of `host`. A page (by `pageId`) counts once however often it is
 * re-fetched, so re-checks and revisions do not make its own text look like a template.
 */
export async function recordBlocks(
  ctx: StoreCtx,
  host: string,
  pageId: string,
  hashes: readonly string[],
  opts: TemplateOptions = {},
): Promise<void> {
  const window = opts.window ?? TEMPLATE_WINDOW;
  const distinct = [...new Set(hashes)].slice(0, MAX_HASHES_PER_PAGE);
  const pages = pagesKey(ctx, host);
  const blocks = blocksKey(ctx, host);
  // Pages recorded within one millisecond must still leave in arrival order (ZPOPMIN breaks score ties by
  // name), so the score carries a sequence number below the millisecond.
  seq = (seq + 1) % 1000;
  const added = await ctx.redis.zadd(pages, 'NX', Date.now() * 1000 + seq, pageId);
  if (Number(added) !== 1) return;

  const tx = ctx.redis.multi();
  if (distinct.length) {
    tx.sadd(pageKey(ctx, host, pageId), ...distinct);
    for (const h of distinct) tx.zincrby(blocks, 1, h);
  }
  tx.expire(pageKey(ctx, host, pageId), TTL_SECONDS);
  tx.expire(blocks, TTL_SECONDS);
  tx.expire(pages, TTL_SECONDS);
  await tx.exec();

  await evictOldPages(ctx, host, window);
}

/** Take the oldest pages beyond the window out, with their counts. ZPOPMIN hands each to one caller. */
async function evictOldPages(ctx: StoreCtx, host: string, window: number): Promise<void> {
  const pages = pagesKey(ctx, host);
  const extra = (await ctx.redis.zcard(pages)) - window;
  if (extra <= 0) return;
  const popped = await ctx.redis.zpopmin(pages, extra);
  const blocks = blocksKey(ctx, host);
  for (let i = 0; i < popped.length; i += 2) {
    const id = popped[i]!;
    const k = pageKey(ctx, host, id);
    const hashes = await ctx.redis.smembers(k);
    const tx = ctx.redis.multi();
    for (const h of hashes) tx.zincrby(blocks, -1, h);
    tx.unlink(k);
    tx.zremrangebyscore(blocks, '-inf', 0);
    await tx.exec();
  }
}

/** Hashes of the blocks seen on at least `minPages` distinct recent pages of `host`. */
export async function boilerplateFor(ctx: StoreCtx, host: string, minPages = DEFAULT_MIN_PAGES): Promise<Set<string>> {
  const hashes = await ctx.redis.zrangebyscore(blocksKey(ctx, host), Math.max(1, minPages), '+inf');
  return new Set(hashes);
}

/** Forget what was learned about a host (an operator's reset after a redesign, and tests). */
export async function forgetHost(ctx: StoreCtx, host: string): Promise<void> {
  const ids = await ctx.redis.zrange(pagesKey(ctx, host), 0, -1);
  const keys = [pagesKey(ctx, host), blocksKey(ctx, host), ...ids.map((id) => pageKey(ctx, host, id))];
  await ctx.redis.unlink(...keys);
}
