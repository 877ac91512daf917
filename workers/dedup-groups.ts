// The dedup stage's part in hindsight splits (dedup.split, issue 16): after the deduper's decision, the late
// merges it made reach the groups (a held pair's merge first, then the article's own story with what it absorbed,
// as `deltafeed cluster` orders them), the article is placed in a group of its index story, and every step's
// changed groups are written as public stories. The index story and the merges are kept in the article's
// dedupWhy, so a resumed attempt runs the same steps again (each is idempotent) and writes what the first would.
import type { PipelineDeps, StoryGroupsLayer } from '../src/deps.js';
import type { DedupDecision, DedupDoc } from '../src/dedup/deduper.js';
import type { GroupsStep } from '../src/dedup/story-groups-types.js';
import type { ArticleRecord } from '../src/model.js';
import { applyGroupsStep } from '../src/store/story-groups-apply.js';
import { resolveStoryIds } from '../src/store/story-merges.js';
import { shortHash } from '../src/util/hash.js';

type StepDeps = Pick<PipelineDeps, 'ctx' | 'log' | 'enqueue'>;

/** What dedupWhy keeps for a resumed attempt. */
export interface GroupsWhy {
  indexStoryId: string;
  /** Index stories the article's own story absorbed. */
  indexMerged?: string[];
  /** Late merges of other stories made while the article was decided: [survivor, ...absorbed]. */
  otherMerges?: string[][];
}

/**
 * Carry the merges and place the article; the merges' public stories are written here, the article's step is
 * returned for finishCreate to write once the article's record is saved.
 */
export async function placeInGroups(
  deps: StepDeps,
  groups: StoryGroupsLayer,
  doc: DedupDoc,
  decision: DedupDecision,
  merges: ReadonlyMap<string, string[]>,
  at: string,
): Promise<{ step: GroupsStep; why: GroupsWhy }> {
  // Each merge goes to the story its survivor is now (a survivor may have been absorbed since), as in
  // cluster-groups.ts, so that both cut alike.
  const final = await resolveStoryIds(deps.ctx, [decision.storyId, ...merges.keys()]);
  const survivor = (id: string) => final.get(id) ?? id;
  const own = survivor(decision.storyId);
  const bySurvivor = new Map<string, string[]>();
  for (const [s, absorbed] of merges)
    bySurvivor.set(survivor(s), [...(bySurvivor.get(survivor(s)) ?? []), ...absorbed]);
  const others = [...bySurvivor].filter(([s]) => s !== own).map(([s, absorbed]) => [s, ...absorbed]);
  const merged = [...new Set([...(bySurvivor.get(own) ?? []), ...(decision.merged ?? [])])];
  const why: GroupsWhy = {
    indexStoryId: own,
    ...(merged.length ? { indexMerged: merged } : {}),
    ...(others.length ? { otherMerges: others } : {}),
  };
  return { step: await place(deps, groups, doc, why, at), why };
}

async function place(
  deps: StepDeps,
  groups: StoryGroupsLayer,
  doc: DedupDoc,
  why: GroupsWhy,
  at: string,
): Promise<GroupsStep> {
  for (const [survivor, ...absorbed] of why.otherMerges ?? [])
    await writeStep(deps, await groups.merge(survivor!, absorbed), doc.id, at);
  return groups.add(doc, why.indexStoryId, why.indexMerged ?? []);
}

/** The article as it was handed to the deduper (workers/dedup.ts create()). */
function docOf(a: ArticleRecord): DedupDoc {
  return {
    id: a.id,
    title: a.title,
    text: a.text,
    published: a.published ?? a.firstSeen,
    url: a.canonicalUrl,
    source: a.source,
  };
}

/**
 * Write the step's public stories and announce each changed one (keyed jobs, as a join's). `step` null: a resumed
 * attempt, which places the article again from what its record kept. Returns false when the article was saved
 * without a groups step (splits were off then), for the caller to join it to its story as before.
 */
export async function publishGroups(
  deps: StepDeps,
  groups: StoryGroupsLayer,
  article: ArticleRecord,
  step: GroupsStep | null,
): Promise<boolean> {
  const why = article.dedupWhy as Partial<GroupsWhy> | null;
  if (!step) {
    if (typeof why?.indexStoryId !== 'string') return false;
    step = await place(deps, groups, docOf(article), why as GroupsWhy, article.firstSeen);
  }
  await writeStep(deps, step, article.id, article.firstSeen);
  return true;
}

async function writeStep(deps: StepDeps, step: GroupsStep, articleId: string, at: string): Promise<void> {
  const changed = await applyGroupsStep(deps.ctx, step, { articleId, at });
  if (step.regrouped)
    deps.log.info(
      { articleId, indexStoryId: step.indexStoryId, groups: step.groups.length, changed },
      'story groups changed',
    );
  for (const storyId of changed)
    await deps.enqueue(
      'publish',
      { kind: 'story.updated', storyId },
      { jobId: `story-${shortHash(`${storyId}\n${articleId}`, 24)}` },
    );
}
