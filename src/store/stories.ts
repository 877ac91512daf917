// Stories: clusters of articles about one event, newest-updated first.
import type { ChainableCommander } from 'ioredis';
import type { StoryArticle, StoryRecord } from '../model.js';
import { key, type StoreCtx } from './context.js';
import { getJson, getJsonById, getJsonMany, newestMembers } from './json.js';

const storyKey = (ctx: StoreCtx, id: string) => key(ctx, 'story', id);
const recentKey = (ctx: StoreCtx) => key(ctx, 'stories', 'recent');

export function getStory(ctx: StoreCtx, id: string): Promise<StoryRecord | null> {
  return getJson<StoryRecord>(ctx, storyKey(ctx, id));
}

/** Story records by id, in one read; ids not found are left out. */
export function getStoriesById(ctx: StoreCtx, ids: readonly string[]): Promise<Map<string, StoryRecord>> {
  return getJsonById<StoryRecord>(ctx, ids, (id) => storyKey(ctx, id));
}

/** Queue the write of a story record: in the stories feed by its `updated`, or out of it once merged. */
export function writeStoryRecord(m: ChainableCommander, ctx: StoreCtx, s: StoryRecord): void {
  m.set(storyKey(ctx, s.id), JSON.stringify(s));
  if (s.mergedInto) m.zrem(recentKey(ctx), s.id);
  else m.zadd(recentKey(ctx), Date.parse(s.updated), s.id);
}

/**
 * Add an article to its story (creating the story on first member). Returns the story and whether it changed;
 * re-adding a member is a no-op, so a retried job never duplicates a member.
 */
export async function addToStory(
  ctx: StoreCtx,
  storyId: string,
  member: StoryArticle,
): Promise<{ story: StoryRecord; changed: boolean; newOutlet: boolean }> {
  const existing = await getStory(ctx, storyId);
  if (existing?.articles.some((a) => a.id === member.id)) return { story: existing, changed: false, newOutlet: false };
  const story: StoryRecord = existing ?? {
    id: storyId,
    title: member.title,
    firstSeen: member.joinedAt,
    updated: member.joinedAt,
    articles: [],
  };
  const newOutlet = !story.articles.some((a) => a.source === member.source);
  story.articles.push(member);
  story.updated = member.joinedAt > story.updated ? member.joinedAt : story.updated;
  await ctx.redis
    .multi()
    .set(storyKey(ctx, storyId), JSON.stringify(story))
    .zadd(recentKey(ctx), Date.parse(story.updated), storyId)
    .exec();
  return { story, changed: true, newOutlet };
}

/**
 * Write a merge at once: the survivor (moved to the top of the stories feed), the absorbed records (out of the
 * feed), and the redirect command `redirect` of src/store/story-merges.ts.
 */
export async function saveStoryRecords(
  ctx: StoreCtx,
  survivor: StoryRecord,
  absorbed: readonly StoryRecord[],
  redirect: [string, ...string[]] | null,
): Promise<void> {
  const m = ctx.redis
    .multi()
    .set(storyKey(ctx, survivor.id), JSON.stringify(survivor))
    .zadd(recentKey(ctx), Date.parse(survivor.updated), survivor.id);
  for (const s of absorbed) m.set(storyKey(ctx, s.id), JSON.stringify(s)).zrem(recentKey(ctx), s.id);
  if (redirect) m.call(...redirect);
  await m.exec();
}

export async function listStories(
  ctx: StoreCtx,
  offset: number,
  limit: number,
): Promise<{ items: StoryRecord[]; total: number }> {
  const { members, total } = await newestMembers(ctx, recentKey(ctx), offset, limit);
  return {
    items: await getJsonMany<StoryRecord>(
      ctx,
      members.map((id) => storyKey(ctx, id)),
    ),
    total,
  };
}

export function countStories(ctx: StoreCtx): Promise<number> {
  return ctx.redis.zcard(recentKey(ctx));
}
