// Contrasts between the candidate stories of one article (issue 16, bench/story-rival.ts), and an opt-in
// re-ranking by one of them for the story benches (STORY_RIVAL=KIND:WEIGHT, e.g. names:0.25; off by default).
// The re-ranking acts only where the shipped model joins its best-scored story: among the candidates within
// CLOSE log-odds of it, the one with the best z + WEIGHT * contrast is joined instead. Bench-only: the pipeline
// decides as shipped.
import { createDeduper, joinFeatures, type DedupDoc, type ScoredStory } from '../../src/dedup/deduper.js';
import type { PreparedDoc } from '../../src/dedup/copies.js';
import type { LookupQuery, LookupResult, TimeWindow } from '../../src/dedup/index-types.js';
import { logit } from '../../src/dedup/logistic.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { MemoryStoryRedirects } from '../../src/dedup/story-merge.js';
import type { StoryModel } from '../../src/dedup/story-model.js';
import { PAIR_FEATURES } from '../../src/dedup/story-score.js';
import { articleVector, IDF_PRIOR_DOCS, type ArticleVector } from '../../src/dedup/story-vector.js';
import type { GapPrior } from '../../src/dedup/story-time.js';
import { YOUNG_STORY_BARS, youngChoice, type YoungStoryBars } from '../../src/dedup/young-stories.js';
import { parseDateText } from '../../src/util/dates.js';

export const CLOSE = Number(process.env.RIVAL_CLOSE || 1.5);
const COS_EXCLUSIVE = PAIR_FEATURES.indexOf('cosExclusive');
export const CONTRASTS = ['names', 'share', 'own', 'cosX'] as const;
export type Contrast = (typeof CONTRASTS)[number];

/** The memory index, remembering the document frequencies of the last lookup (to rebuild the article's vector). */
export class WatchedIndex extends MemoryDedupIndex {
  last: LookupResult | null = null;
  override async lookup(q: LookupQuery, at: TimeWindow): Promise<LookupResult> {
    this.last = await super.lookup(q, at);
    return this.last;
  }
}

/** The article's vector as the deduper built it for its last lookup. */
export function vectorOf(index: WatchedIndex, prepared: PreparedDoc, model: StoryModel): ArticleVector {
  const last = index.last!;
  return articleVector(prepared.list, last.df, last.docs, IDF_PRIOR_DOCS, model.details.scoringTerms);
}

/** Best specificity per root of the article's terms that `a` holds and `b` does not. */
function heldOnly(v: ArticleVector, a: ReadonlySet<number>, b: ReadonlySet<number> | null): number {
  const best = new Float64Array(v.rootCount);
  for (let i = 0; i < v.ids.length; i++) {
    const r = v.roots[i]!;
    if (r < 0 || !a.has(v.ids[i]!) || b?.has(v.ids[i]!)) continue;
    best[r] = Math.max(best[r]!, v.specificities[i]!);
  }
  return best.reduce((s, x) => s + x, 0);
}

function totalSpecificity(v: ArticleVector): number {
  const best = new Float64Array(v.rootCount);
  for (let i = 0; i < v.ids.length; i++) {
    const r = v.roots[i]!;
    if (r >= 0) best[r] = Math.max(best[r]!, v.specificities[i]!);
  }
  return best.reduce((s, x) => s + x, 0) || 1;
}

/** Each candidate's contrasts against its best rival (the best-scored other candidate); see story-rival.ts. */
export function contrasts(v: ArticleVector, scored: readonly ScoredStory[]): Record<Contrast, number>[] {
  const sets = scored.map((s) => new Set(s.story.terms));
  const total = totalSpecificity(v);
  return scored.map((s, i) => {
    let r = -1;
    scored.forEach((o, j) => {
      if (j !== i && (r < 0 || o.z > scored[r]!.z)) r = j;
    });
    if (r < 0) return { names: 0, share: 0, own: 0, cosX: 0 };
    const names = heldOnly(v, sets[i]!, sets[r]!) - heldOnly(v, sets[r]!, sets[i]!);
    const bestOwn = Math.max(...scored.filter((_, j) => j !== i).map((o) => o.evidence.ownEvidence));
    return {
      names,
      share: names / total,
      own: s.evidence.ownEvidence - bestOwn,
      cosX: s.evidence.x[COS_EXCLUSIVE]! - scored[r]!.evidence.x[COS_EXCLUSIVE]!,
    };
  });
}

export interface RivalRule {
  kind: Contrast;
  weight: number;
}

export function rivalFromEnv(v = process.env.STORY_RIVAL): RivalRule | null {
  if (!v || v === 'off') return null;
  const [kind, w] = v.split(':');
  const weight = Number(w);
  if (!CONTRASTS.includes(kind as Contrast) || !(weight > 0)) throw new Error(`STORY_RIVAL: ${v}?`);
  return { kind: kind as Contrast, weight };
}

export interface RivalClusterOptions {
  model: StoryModel;
  youngStories?: YoungStoryBars;
  storyWindowMs?: number;
  storyMemoryMs?: number;
  gapPrior?: GapPrior;
}

/**
 * `clusterArticles` (src/cli/cluster.ts, no split) with the re-ranking: story ids in input order. Counts the
 * decisions it changed in `changed`.
 */
export async function rivalCluster(
  docs: readonly DedupDoc[],
  rule: RivalRule,
  opts: RivalClusterOptions,
  changed = { n: 0 },
): Promise<string[]> {
  const timeOf = (d: DedupDoc) => {
    const t = d.published ? parseDateText(d.published) : NaN;
    return Number.isFinite(t) ? t : Infinity;
  };
  const order = docs.map((d, i) => ({ d, i, t: timeOf(d) })).sort((a, b) => a.t - b.t || a.i - b.i);
  const index = new WatchedIndex();
  const prepared = new WeakMap<DedupDoc, PreparedDoc>();
  const redirects = new MemoryStoryRedirects();
  const young = opts.youngStories ?? YOUNG_STORY_BARS;
  let latest = 0;
  const choose = (doc: DedupDoc, scored: readonly ScoredStory[]): number | undefined => {
    let bestAt = -1;
    scored.forEach((s, i) => {
      if (bestAt < 0 || s.z > scored[bestAt]!.z) bestAt = i;
    });
    if (bestAt < 0 || scored.length < 2) return undefined;
    const join = logit(opts.model.join.weights, joinFeatures(scored, bestAt));
    if (youngChoice(scored, join >= 0 ? bestAt : -1, young) !== bestAt) return undefined;
    const top = scored[bestAt]!.z;
    const f = contrasts(vectorOf(index, prepared.get(doc)!, opts.model), scored);
    let alt = bestAt;
    const adj = (i: number) => scored[i]!.z + rule.weight * f[i]![rule.kind];
    scored.forEach((s, i) => {
      if (top - s.z <= CLOSE && adj(i) > adj(alt)) alt = i;
    });
    if (alt === bestAt) return undefined;
    changed.n++;
    return alt;
  };
  const deduper = createDeduper(index, { ...opts, redirects, prepared, choose, now: () => latest });
  const ids = new Array<string>(docs.length);
  for (const { d, i, t } of order) {
    if (Number.isFinite(t)) latest = Math.max(latest, t);
    ids[i] = (await deduper.assign(d)).storyId;
  }
  return ids.map((id) => redirects.final(id));
}
