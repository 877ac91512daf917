// The dedup stage's part in hindsight splits (dedup.split, issue 16): an article is placed in a group of its
// index story (the deduper's story), and the groups the step changed are written as public stories. The index
// story id and the merges the deduper made are kept in the article's dedupWhy, so a resumed attempt places the
// article again (the core is idempotent for it) and writes what the first attempt would have.
import type { PipelineDeps, StoryGroupsLayer } from '../src/deps.js';
import type { DedupDecision, DedupDoc } from '../src/dedup/deduper.js';
import type { GroupsStep } from '../src/dedup/story-groups-types.js';
import type { StoryRedirects } from '../src/dedup/story-merge.js';
import type { ArticleRecord } from '../src/model.js';
import { applyGroupsStep } from '../src/store/story-groups-apply.js';
import { shortHash } from '../src/util/hash.js';

/** What dedupWhy keeps for a resumed attempt. */
export interface GroupsWhy {
  indexStoryId: string;
  indexMerged?: string[];
}

export async function placeInGroups(
  groups: StoryGroupsLayer,
  doc: DedupDoc,
  decision: DedupDecision,
): Promise<{ step: GroupsStep; why: GroupsWhy }> {
  const merged = decision.merged ?? [];
  const step = await groups.add(doc, decision.storyId, merged);
  return { step, why: { indexStoryId: decision.storyId, ...(merged.length ? { indexMerged: merged } : {}) } };
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
type StepDeps = Pick<PipelineDeps, 'ctx' | 'log' | 'enqueue'>;

export async function publishGroups(
  deps: StepDeps,
  groups: StoryGroupsLayer,
  article: ArticleRecord,
  step: GroupsStep | null,
): Promise<boolean> {
  const why = article.dedupWhy as Partial<GroupsWhy> | null;
  if (!step) {
    if (typeof why?.indexStoryId !== 'string') return false;
    step = await groups.add(docOf(article), why.indexStoryId, why.indexMerged ?? []);
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

/**
 * The deduper's redirects, with every late merge carried to the groups as well. An article's own merges would
 * reach them through add() anyway, but a held pair's merge is made for an article of another story, so this is
 * where the absorbed story's groups learn where they belong.
 */
export function mergesWithGroups(base: StoryRedirects, groups: StoryGroupsLayer, deps: () => StepDeps): StoryRedirects {
  return {
    resolve: (ids) => base.resolve(ids),
    settleLone: (step) => base.settleLone(step),
    async merge(survivor, absorbed, articleId, at) {
      await base.merge(survivor, absorbed, articleId, at);
      const step = await groups.merge(survivor, absorbed);
      await writeStep(deps(), step, articleId, new Date(at).toISOString());
    },
  };
}
