// The public side of hindsight splits (issue 16): a GroupsStep of the groups core becomes story records. Every
// group is a public story listing exactly its members; a group cut off another names it (splitFrom) and the
// other names its cuts (splitInto); a label that is gone answers with mergedInto, as late merges do; a moved
// article's record names its new story. Written in one MULTI, so a reader sees the step whole or not at all, and
// a resumed attempt that applies the same step again finds nothing to change.
import type { ArticleRecord, StoryArticle, StoryRecord } from '../model.js';
import type { GroupsStep } from '../dedup/story-groups-types.js';
import type { StoreCtx } from './context.js';
import { getStoredArticles, writeArticleRecord } from './articles.js';
import { getStoriesById, writeStoryRecord } from './stories.js';
import { writeStoryRedirect } from './story-merges.js';

export interface StepEvent {
  /** The article whose arrival made the step. */
  articleId: string;
  /** When it arrived (its firstSeen): the time changed stories are updated at. */
  at: string;
}

const later = (a: string, b: string) => (a > b ? a : b);

/** A story entry for an article no record lists yet, as addToStory would have made it. */
function entryFromArticle(a: ArticleRecord): StoryArticle {
  return {
    id: a.id,
    url: a.url,
    source: a.source,
    title: a.title,
    joinedAt: a.firstSeen,
    score: Number(a.dedupWhy?.score ?? 0),
  };
}

/**
 * Write the public records a step implies. Returns the labels whose records changed (each wants a story.updated
 * event); an empty list when the records already say what the step says.
 */
export async function applyGroupsStep(ctx: StoreCtx, step: GroupsStep, event: StepEvent): Promise<string[]> {
  const groupOf = new Map<string, string>();
  for (const g of step.groups) for (const m of g.members) groupOf.set(m, g.label);
  const ids = [...new Set([...step.groups.map((g) => g.label), ...step.gone.map((g) => g.label), step.indexStoryId])];
  const records = await getStoriesById(ctx, ids);

  // Entries are reused from whichever record lists them, so their join times and scores survive a move.
  const entries = new Map<string, StoryArticle>();
  for (const r of records.values()) for (const a of r.articles) if (!entries.has(a.id)) entries.set(a.id, a);
  // Article records are read only where a story id may be stale: every member after a cut or a merge (a late
  // merge rewrites the survivor's record, so a moved member may already be listed where it now belongs), else
  // the members their group's record does not list yet.
  const whole = step.regrouped || step.gone.length > 0;
  const listed = (label: string, id: string) => records.get(label)?.articles.some((a) => a.id === id) ?? false;
  const toRead = [...groupOf].filter(([id, label]) => whole || !listed(label, id)).map(([id]) => id);
  const articles = await getStoredArticles(ctx, toRead);
  for (const [id, a] of articles) if (!entries.has(id)) entries.set(id, entryFromArticle(a));

  const merges = new Map<string, { id: string; articleId: string; at: string }[]>();
  for (const g of step.gone) {
    const list = merges.get(g.into) ?? [];
    list.push({ id: g.label, articleId: event.articleId, at: event.at });
    merges.set(g.into, list);
  }
  const cuts = new Map<string, string[]>();
  for (const g of step.groups) if (g.splitFrom) cuts.set(g.splitFrom, [...(cuts.get(g.splitFrom) ?? []), g.label]);

  const m = ctx.redis.multi();
  const changed: string[] = [];
  const write = (old: StoryRecord | undefined, next: StoryRecord) => {
    if (old && JSON.stringify(old) === JSON.stringify(next)) return;
    next.updated = later(old?.updated ?? next.updated, event.at);
    writeStoryRecord(m, ctx, next);
    changed.push(next.id);
  };

  for (const g of step.groups) {
    const old = records.get(g.label);
    const members = g.members.map((id) => entries.get(id)).filter((a): a is StoryArticle => a !== undefined);
    // Articles no group holds joined before splits were on (or their groups expired): the groups know nothing
    // of them, so they stay in the story that lists them.
    const unknown = (old?.articles ?? []).filter((a) => !groupOf.has(a.id));
    if (unknown.length) members.push(...unknown);
    if (unknown.length) members.sort((a, b) => (a.joinedAt < b.joinedAt ? -1 : a.joinedAt > b.joinedAt ? 1 : 0));
    const first = members[0];
    const next: StoryRecord = {
      ...(old ?? {
        id: g.label,
        title: first?.title ?? '',
        firstSeen: first?.joinedAt ?? event.at,
        updated: first?.joinedAt ?? event.at,
      }),
      articles: members,
    };
    // A label the index's late merge redirected lives on as a group of the survivor: it is a story again.
    delete next.mergedInto;
    for (const a of members) if (a.joinedAt < next.firstSeen) next.firstSeen = a.joinedAt;
    if (g.splitFrom) next.splitFrom = g.splitFrom;
    const into = [...(old?.splitInto ?? [])];
    for (const label of cuts.get(g.label) ?? []) if (!into.includes(label)) into.push(label);
    if (into.length) next.splitInto = into;
    const merged = [...(old?.merges ?? [])];
    for (const x of merges.get(g.label) ?? []) if (!merged.some((y) => y.id === x.id)) merged.push(x);
    if (merged.length) next.merges = merged;
    write(old, next);
  }

  for (const g of step.gone) {
    const old = records.get(g.label);
    if (old) write(old, { ...old, mergedInto: g.into });
    writeStoryRedirect(m, ctx, g.label, g.into);
  }

  for (const [id, a] of articles) {
    const label = groupOf.get(id)!;
    if (a.storyId !== label) writeArticleRecord(m, ctx, { ...a, storyId: label });
  }
  await m.exec();
  return changed;
}
