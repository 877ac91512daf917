// Stories of one article, decided with more than one pair. Whether article B joins a story that holds only
// article A is one pair's score, and two reports on one subject that are not one event (a proposal, and a
// letter about the same membership bid) can score near the bar whichever came first, as can two reports of
// one event that tell it differently: early in a stream the IDF is nearly flat, so the subject's words weigh
// as much as each report's own. So a story of one article is joined at once only when the model is sure of
// the pair (`join`), and otherwise by a late merge (story-merge.ts) once a third article settles it: an article
// sure of its story (`sure`) that also fits a story of one (`merge`) merges it in when that story's own article,
// scored against the story as it is now with the third article in it, would join it (`rescored`). That second
// look compares one report with several, whatever order they came in. Most stories never get a third article
// (local news averages about two per incident), so the wait ends: a pair held back waits as long as copies are
// looked for (COPY_WINDOW_MS, 3 days) of stream time, and joins then (a late merge) unless a third article's group evidence turned either story down,
// whether or not that article was sure of its own story. An undated stream's clock never moves: it waits on.
// Stories of a few articles (up to `fewSize`) are no surer: a report of another event on the same subject can
// fit two or three reports of one event just over the plain bar whichever order they came in (the demo's
// ceasefire idea against two or three reports of Kyiv's letter, at 0.50-0.53). So such a story is joined at once
// only at `fewJoin`; below it the article starts its own story and the pair waits as a story of one's pair does.
// The second look merges by the group evidence alone: a story of one among the candidates of an article sure of
// its story merges in when its article fits the grown story at `rescored`, however little it fits the article
// itself (a report that tells the outcome fits the letter's story, not each report of the letter). Turning a
// story of one down takes an article that fits it at `turnDown`: an article with nothing to say about it does
// not end its wait.
import { kindOfId, TERM_KINDS } from './hash.js';
import type { StoryCentroid } from './index-types.js';
import { logit, sigmoid } from './logistic.js';
import { mergeable, type HeldPair, type LoneStep, type StoryRedirects } from './story-merge.js';
import type { StoryModel } from './story-model.js';
import { pairEvidence } from './story-score.js';
import { joinCentroid, type ArticleVector } from './story-vector.js';

/** Probabilities from the pair model (see the comment above). */
export interface YoungStoryBars {
  /** To join a story of one article at once. 0.5, the plain bar, turns the rule off (with `sure` above 1). */
  join: number;
  /** For the story the third article joins. */
  sure: number;
  /** For the third article against the story of one, for its second look to turn that story down. */
  turnDown: number;
  /** For the story of one's own article against the third article's story, with that article in it. */
  rescored: number;
  /**
   * Whether a held pair's wait ends (see HeldPair in story-merge.ts): once the stream has moved the copies' window
   * (3 days) past it and no third article's group evidence turned either story down, the pair joins, as the plain bar
   * had it. False: it waits for ever.
   */
  waitEnds: boolean;
  /** Stories of two to `fewSize` articles are joined at once only at `fewJoin` (0.5, the plain bar: as any story). */
  fewSize: number;
  fewJoin: number;
}

/**
 * Chosen on both real corpora (ECB+ file order and shuffles, BASIL) and the demo's arrival orders:
 * docs/benchmarks.md, "Arrival order" and "Every arrival order of the demo" (`fewSize`, `fewJoin`, the look that
 * merges without `turnDown`). The default; `dedup.loneStoryWait: false` in the config turns it off.
 */
export const YOUNG_STORY_BARS: Readonly<YoungStoryBars> = {
  join: 0.65,
  sure: 0.8,
  turnDown: 0.4,
  rescored: 0.65,
  waitEnds: true,
  fewSize: 3,
  fewJoin: 0.55,
};

/** The rule off: joins and merges as the model and MERGE_MIN_PROBABILITY alone decide. */
export const YOUNG_STORIES_OFF: Readonly<YoungStoryBars> = {
  join: 0.5,
  sure: 2,
  turnDown: 2,
  rescored: 2,
  waitEnds: false,
  fewSize: 1,
  fewJoin: 0.5,
};

interface Scored {
  story: StoryCentroid;
  z: number;
}

/**
 * The candidate to join (its index) or -1: the model's choice, unless that is a story of one article the
 * article fits below `bars.join` (or of a few, below `bars.fewJoin`); then the best other story it would join, if any.
 */
export function youngChoice(scored: readonly Scored[], chosen: number, bars: YoungStoryBars): number {
  const held = (s: Scored) =>
    s.story.size > bars.fewSize || sigmoid(s.z) >= (s.story.size === 1 ? bars.join : bars.fewJoin);
  if (chosen < 0 || bars.join <= 0.5 || held(scored[chosen]!)) return chosen;
  let best = -1;
  scored.forEach((s, i) => {
    if (s.z >= 0 && held(s) && (best < 0 || s.z > scored[best]!.z)) best = i;
  });
  return best;
}

/**
 * A story of one article as that article's vector, for the pair model: its centroid is that vector, cut to
 * the strongest terms and kept to a byte per weight. What a centroid does not keep (IDFs, roots, the lead) is
 * left empty, so the features built on them count 0 (the shipped model gives none of them weight).
 */
export function centroidVector(c: StoryCentroid): ArticleVector {
  const norm = Math.hypot(...c.weights) || 1;
  const weights = c.weights.map((w) => w / norm);
  const kinds = c.terms.map(kindOfId);
  const kindNorms = new Array<number>(TERM_KINDS.length).fill(0);
  kinds.forEach((k, i) => (kindNorms[k]! += weights[i]! ** 2));
  return {
    ids: [...c.terms],
    weights,
    names: c.terms.map(() => ''),
    idfs: c.terms.map(() => 1),
    maxIdf: 1,
    specificities: c.terms.map(() => 0),
    roots: c.terms.map(() => -1),
    rootCount: 0,
    positions: new Map(c.terms.map((t, i) => [t, i])),
    kinds,
    kindNorms: kindNorms.map(Math.sqrt),
    inLead: c.terms.map(() => false),
    leadNorm: 0,
  };
}

export interface MergeContext {
  bars: YoungStoryBars;
  model: StoryModel;
  /** The article, and its time. */
  vector: ArticleVector;
  time: number;
  /** Filled with the ids of the stories of one the second look turned down (their waiting pairs are decided). */
  rejected?: string[];
}

/** Stories of one article that the article ties to its pick (see the comment at the top). */
export function youngMergeable(scored: readonly Scored[], pick: Scored, ctx: MergeContext): StoryCentroid[] {
  const { bars, model } = ctx;
  // Not sure of its pick, the article merges nothing, but its group evidence can still turn a story of one down.
  const sure = sigmoid(pick.z) >= bars.sure;
  if (!sure && !ctx.rejected) return [];
  let grown: StoryCentroid | null = null;
  const out: StoryCentroid[] = [];
  for (const s of scored) {
    if (s === pick || s.story.size !== 1) continue;
    const fits = sigmoid(s.z) >= bars.turnDown;
    if (!sure && !fits) continue;
    grown ??= joinCentroid(pick.story, ctx.vector, ctx.time);
    const x = pairEvidence(centroidVector(s.story), grown, s.story.last, model.sigmaDays).x;
    if (sigmoid(logit(model.pair.weights, x)) >= bars.rescored) {
      if (sure) out.push(s.story);
    } else if (fits) ctx.rejected?.push(s.story.id);
  }
  return out;
}

/** Every story the article merges into its pick: the sure merges (story-merge.ts) and the young ones. */
export function storiesToMerge(scored: readonly Scored[], pick: Scored, ctx: MergeContext): StoryCentroid[] {
  const sure = mergeable(scored, pick);
  return [...sure, ...youngMergeable(scored, pick, ctx).filter((s) => !sure.includes(s))];
}

/**
 * The pair the article holds back: the model chose a story of one (or of a few), the young bar turned it down,
 * and the article starts its own.
 */
export function heldPair(
  scored: readonly Scored[],
  modelChoice: number,
  chosen: number,
  newer: string,
  articleId: string,
  bars: YoungStoryBars,
): HeldPair | null {
  if (modelChoice < 0 || chosen >= 0 || scored[modelChoice]!.story.size > bars.fewSize) return null;
  const p = Math.round(sigmoid(scored[modelChoice]!.z) * 1000) / 1000;
  return { lone: scored[modelChoice]!.story.id, newer, articleId, p };
}

/**
 * One step of the wait: the article's held pair and the stories of one it turned down recorded, and every pair
 * whose wait ended joined by a late merge (the story of one it waited on survives). Pairs whose stories were
 * merged meanwhile are left as they are.
 */
export async function settleLone(redirects: StoryRedirects, step: LoneStep): Promise<void> {
  for (const p of await redirects.settleLone(step)) {
    const moved = await redirects.resolve([p.lone, p.newer]);
    if (moved.size) continue;
    await redirects.merge(p.lone, [p.newer], p.articleId, step.time);
  }
}
