// Late merges in Redis (see src/dedup/story-merge.ts): the redirect of absorbed story ids, and the story
// records merged (the survivor lists every article; the absorbed record answers with mergedInto).
//   stories:merged   hash  absorbed story id -> the story it was merged into
import type { ChainableCommander } from 'ioredis';
import { MAX_MERGE_HOPS, type StoryRedirects } from '../dedup/story-merge.js';
import type { StoryRecord } from '../model.js';
import { key, type StoreCtx } from './context.js';
import { settleLonePairs } from './lone-pairs.js';
import { getStory, saveStoryRecords } from './stories.js';

const mergedKey = (ctx: StoreCtx) => key(ctx, 'stories', 'merged');

/** The surviving story of each id that was absorbed, following chains; ids never absorbed are left out. */
export async function resolveStoryIds(ctx: StoreCtx, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  let ask = [...new Set(ids)];
  const next = new Map<string, string>();
  for (let hop = 0; hop < MAX_MERGE_HOPS && ask.length; hop++) {
    const got = await ctx.redis.hmget(mergedKey(ctx), ...ask);
    const more: string[] = [];
    ask.forEach((id, i) => {
      const to = got[i];
      if (to && to !== id && !next.has(id)) {
        next.set(id, to);
        if (!next.has(to)) more.push(to);
      }
    });
    ask = more;
  }
  for (const id of ids) {
    let at = id;
    for (let hop = 0; hop < MAX_MERGE_HOPS && next.has(at); hop++) at = next.get(at)!;
    if (at !== id) out.set(id, at);
  }
  return out;
}

/**
 * Merge `absorbed` stories into `survivor`: the survivor takes their articles (each once) and remembers the
 * merge; each absorbed record keeps its id and title and answers with mergedInto; the stories feed keeps
 * only the survivor. Idempotent: a retried merge finds the articles already there.
 */
export async function mergeStories(
  ctx: StoreCtx,
  survivor: string,
  absorbed: readonly string[],
  articleId: string,
  at: string,
): Promise<void> {
  const target = await getStory(ctx, survivor);
  const gone = (await Promise.all(absorbed.filter((id) => id !== survivor).map((id) => getStory(ctx, id)))).filter(
    (s): s is StoryRecord => s !== null,
  );
  const ids = absorbed.filter((id) => id !== survivor);
  const into: StoryRecord = target ?? {
    id: survivor,
    title: gone[0]?.title ?? '',
    firstSeen: at,
    updated: at,
    articles: [],
  };
  const members = new Set(into.articles.map((a) => a.id));
  const merges = into.merges ?? [];
  for (const s of gone) {
    for (const a of s.articles) {
      if (members.has(a.id)) continue;
      members.add(a.id);
      into.articles.push(a);
    }
    if (s.firstSeen < into.firstSeen) into.firstSeen = s.firstSeen;
    if (s.updated > into.updated) into.updated = s.updated;
    if (!merges.some((m) => m.id === s.id)) merges.push({ id: s.id, articleId, at });
  }
  into.articles.sort((a, b) => (a.joinedAt < b.joinedAt ? -1 : a.joinedAt > b.joinedAt ? 1 : 0));
  if (into.updated < at) into.updated = at;
  into.merges = merges;
  await saveStoryRecords(
    ctx,
    into,
    gone.map((s) => ({ ...s, mergedInto: survivor })),
    ids.length ? ['hset', mergedKey(ctx), ...ids.flatMap((id) => [id, survivor])] : null,
  );
}

/**
 * Queue a redirect of a public story id that is gone. Only where none is kept: an index story absorbed by a late
 * merge already points at its survivor, which the deduper follows to find index stories; a group label there
 * would not be one.
 */
export function writeStoryRedirect(m: ChainableCommander, ctx: StoreCtx, from: string, to: string): void {
  m.hsetnx(mergedKey(ctx), from, to);
}

/** The deduper's redirects, on Redis. */
export function redisStoryRedirects(ctx: StoreCtx): StoryRedirects {
  return {
    resolve: (ids) => resolveStoryIds(ctx, ids),
    merge: (survivor, absorbed, articleId, at) =>
      mergeStories(ctx, survivor, absorbed, articleId, new Date(at).toISOString()),
    settleLone: (step) => settleLonePairs(ctx, step),
  };
}

/**
 * A story as the API shows it: an absorbed story's record points at its final survivor. Followed from the record's
 * own mergedInto: a story group's is the group that holds its articles, where the redirect of an index story
 * names the index story (the deduper's view).
 */
export async function getStoryFollowed(ctx: StoreCtx, id: string): Promise<StoryRecord | null> {
  const s = await getStory(ctx, id);
  if (!s?.mergedInto) return s;
  const final = (await resolveStoryIds(ctx, [s.mergedInto])).get(s.mergedInto) ?? s.mergedInto;
  return { ...s, mergedInto: final };
}
