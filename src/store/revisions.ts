// Article revisions, one record each, listed newest first for the revisions feed.
import type { Revision } from '../model.js';
import { key, type StoreCtx } from './context.js';
import { getJson, getJsonMany, newestMembers } from './json.js';

const revisionKey = (ctx: StoreCtx, articleId: string, n: number) => key(ctx, 'revision', articleId, n);
const recentKey = (ctx: StoreCtx) => key(ctx, 'revisions', 'recent');

export async function saveRevision(ctx: StoreCtx, r: Revision): Promise<void> {
  await ctx.redis
    .multi()
    .set(revisionKey(ctx, r.articleId, r.n), JSON.stringify(r))
    .zadd(recentKey(ctx), Date.parse(r.at), `${r.articleId}/${r.n}`)
    .exec();
}

export function getRevision(ctx: StoreCtx, articleId: string, n: number): Promise<Revision | null> {
  return getJson<Revision>(ctx, revisionKey(ctx, articleId, n));
}

export async function listRevisions(
  ctx: StoreCtx,
  offset: number,
  limit: number,
): Promise<{ items: Revision[]; total: number }> {
  const { members, total } = await newestMembers(ctx, recentKey(ctx), offset, limit);
  const keys = members.map((m) => {
    const [id, n] = m.split('/');
    return revisionKey(ctx, id as string, Number(n));
  });
  return { items: await getJsonMany<Revision>(ctx, keys), total };
}

export async function listArticleRevisions(ctx: StoreCtx, articleId: string, count: number): Promise<Revision[]> {
  const keys = Array.from({ length: count }, (_, i) => revisionKey(ctx, articleId, i + 1));
  return getJsonMany<Revision>(ctx, keys);
}

export function countRevisions(ctx: StoreCtx): Promise<number> {
  return ctx.redis.zcard(recentKey(ctx));
}
