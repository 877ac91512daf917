// Articles: one record per canonical URL, every URL it was seen under mapped to it, and its versions.
import type { ChainableCommander } from 'ioredis';
import type { ArticleRecord } from '../model.js';
import { key, type StoreCtx } from './context.js';
import { getJson, getJsonById } from './json.js';
import { resolveStoryIds } from './story-merges.js';
import { getStory } from './stories.js';

const articleKey = (ctx: StoreCtx, id: string) => key(ctx, 'article', id);
const urlIndexKey = (ctx: StoreCtx) => key(ctx, 'articles', 'by-url');
const recentKey = (ctx: StoreCtx) => key(ctx, 'articles', 'recent');
const versionsKey = (ctx: StoreCtx, id: string) => key(ctx, 'article', id, 'versions');
const validatorsKey = (ctx: StoreCtx, id: string) => key(ctx, 'article', id, 'http');

/**
 * The article, its story id followed through late merges: a merge rewrites the stories, not the records of
 * the absorbed story's articles (a rewrite would race with their own saves), so the record may name a story
 * that now lives on as another.
 */
export async function getArticle(ctx: StoreCtx, id: string): Promise<ArticleRecord | null> {
  const a = await getJson<ArticleRecord>(ctx, articleKey(ctx, id));
  if (!a?.storyId) return a;
  const to = (await resolveStoryIds(ctx, [a.storyId])).get(a.storyId);
  if (!to) return a;
  // A redirected id can be a story again: with hindsight splits, a part cut off is labelled by its first article,
  // as an index story is, so an absorbed index story's label may come back as a live group. Its record says so.
  const story = await getStory(ctx, a.storyId);
  return story && !story.mergedInto ? a : { ...a, storyId: to };
}

/** Articles as stored (story ids not followed), in one read; ids not found are left out. */
export function getStoredArticles(ctx: StoreCtx, ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
  return getJsonById<ArticleRecord>(ctx, ids, (id) => articleKey(ctx, id));
}

/** Queue the write of an existing article's record (its URLs and place in the list are unchanged). */
export function writeArticleRecord(m: ChainableCommander, ctx: StoreCtx, a: ArticleRecord): void {
  m.set(articleKey(ctx, a.id), JSON.stringify(a));
}

export async function findArticleIdByUrl(ctx: StoreCtx, ...urls: string[]): Promise<string | null> {
  const wanted = urls.filter(Boolean);
  if (!wanted.length) return null;
  const ids = await ctx.redis.hmget(urlIndexKey(ctx), ...wanted);
  return ids.find((id): id is string => id !== null) ?? null;
}

export async function saveArticle(ctx: StoreCtx, a: ArticleRecord): Promise<void> {
  const tx = ctx.redis.multi();
  tx.set(articleKey(ctx, a.id), JSON.stringify(a));
  const mapping: Record<string, string> = {};
  for (const u of new Set([a.url, a.canonicalUrl, ...a.urls])) mapping[u] = a.id;
  tx.hset(urlIndexKey(ctx), mapping);
  tx.zadd(recentKey(ctx), Date.parse(a.firstSeen), a.id);
  await tx.exec();
}

export function countArticles(ctx: StoreCtx): Promise<number> {
  return ctx.redis.zcard(recentKey(ctx));
}

export interface ArticleVersion {
  n: number;
  at: string;
  title: string;
  text: string;
}

/** Keep a version; versions older than `retentionMs` are dropped, but the newest is always kept. */
export async function addVersion(ctx: StoreCtx, id: string, v: ArticleVersion, retentionMs: number): Promise<void> {
  const k = versionsKey(ctx, id);
  await ctx.redis.zadd(k, v.n, JSON.stringify(v));
  const all = await ctx.redis.zrange(k, 0, -2);
  const cutoff = Date.now() - retentionMs;
  const old = all.filter((s) => Date.parse((JSON.parse(s) as ArticleVersion).at) < cutoff);
  if (old.length) await ctx.redis.zrem(k, ...old);
}

export interface HttpValidators {
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
}

export async function getValidators(ctx: StoreCtx, id: string): Promise<HttpValidators> {
  const h = await ctx.redis.hgetall(validatorsKey(ctx, id));
  return { etag: h.etag || null, lastModified: h.lastModified || null, bodyHash: h.bodyHash || null };
}

export async function setValidators(ctx: StoreCtx, id: string, v: HttpValidators): Promise<void> {
  await ctx.redis.hset(validatorsKey(ctx, id), {
    etag: v.etag ?? '',
    lastModified: v.lastModified ?? '',
    bodyHash: v.bodyHash ?? '',
  });
}

const READ_AHEAD = 4;

/**
 * Articles first seen at or after `sinceMs`, oldest first, at most `max`, read in chunks and handed to `each`
 * so the caller keeps only what it needs (an article's HTML is never kept). Read-only.
 */
export async function forEachArticleSince(
  ctx: StoreCtx,
  sinceMs: number,
  max: number,
  each: (a: ArticleRecord) => void,
  chunk = 250,
): Promise<number> {
  const ids = await ctx.redis.zrangebyscore(recentKey(ctx), sinceMs, '+inf', 'LIMIT', 0, max);
  const read = (i: number) => {
    const p = ctx.redis.mget(...ids.slice(i, i + chunk).map((id) => articleKey(ctx, id)));
    // Handled where it is awaited; this only keeps a failure of a chunk read ahead from counting as unhandled.
    p.catch(() => undefined);
    return p;
  };
  // A few chunks in flight (pipelined on the one connection) while the caller works on the current one: the
  // round trips overlap, and memory stays bounded to those chunks.
  const ahead: Promise<(string | null)[]>[] = [];
  for (let i = 0; i < ids.length; i += chunk) {
    while (ahead.length < READ_AHEAD && i + ahead.length * chunk < ids.length)
      ahead.push(read(i + ahead.length * chunk));
    const values = await ahead.shift()!;
    for (const v of values) if (v !== null) each(JSON.parse(v) as ArticleRecord);
  }
  return ids.length;
}
