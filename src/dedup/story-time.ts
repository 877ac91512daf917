// How far back stories reach, and how the time gap weighs within that reach. Real stories come back: on real
// local news (issue 16) only 59% of the pairs of articles on one incident were published within 3 days of each
// other, 67% within 7 and 78% within 30 (a name released the next day, an arrest a week later, charges, a
// hearing, a trial). So a story stays reachable for weeks (STORY_REACH_MS, `dedup.storyWindow`), and a gap
// beyond a few days costs log-odds instead of cutting the story off.
//
// The cost is a prior, set by hand from those figures (the fitted model cannot learn it: our development corpora
// span one day, ECB+, or 0-4 days, BASIL). Other stories' articles come at a steady rate, so their gaps to an
// article are spread evenly over the reach; a story's own articles are dense in the first days and sparse
// later: 59% in 3 days (0.2 a day), 8% in the next 4 (0.02 a day), 11% in the 23 after (0.005 a day). The
// log of that density against the first days' is the evidence the gap gives: about -1 per e-fold of the gap
// beyond GRACE_DAYS (-2.3 at 7 days, -3.7 at 30 days on pairs; the gap here is to the story's nearest article,
// which is shorter than a pair's, so the slope is taken at the low end).
import { DAY_MS, type StoryCentroid } from './index-types.js';

/** `slope` log-odds per e-fold of the gap (to the story's span) beyond `graceDays`; slope 0: no prior. */
export interface GapPrior {
  graceDays: number;
  slope: number;
  /** Shared evidence (PairEvidence.evidence) at which the gap costs nothing; 0 or absent: the gap always costs. */
  outweighedAt?: number;
  /**
   * Which shared evidence counts against the gap: 'all' (default, or absent), every shared term
   * (PairEvidence.evidence); 'own', only the terms no other candidate story of the lookup holds
   * (PairEvidence.ownEvidence), so that names a kind's incidents share (a city's police chief, a hospital) do not
   * take the gap's cost away. 'own' is not the default: on crowded calendars it gained at 30 days and lost at 7
   * (docs/benchmarks.md, "Crowded calendars").
   */
  outweighedBy?: 'own' | 'all';
}

/**
 * What a gap does not cost. A development weeks later tells the story with new words (arrested, charged, trial)
 * around the few it shares with the first reports: the victim's name, the street. Rare names shared are evidence
 * the gap does not weaken (another incident of the same kind has other people and streets), so shared evidence
 * (PairEvidence.evidence: the specificities of the shared names, numbers and headline words, one per root) takes
 * the gap's cost away in proportion, all of it at `outweighedAt`. 2 (two rare names) chosen on the re-timed corpora
 * (docs/benchmarks.md, "Stories that come back": 1 cost precision, 3 and 4 gained less).
 */
export const STORY_GAP_PRIOR: Readonly<GapPrior> = { graceDays: 3, slope: 1.5, outweighedAt: 2 };
export const NO_GAP_PRIOR: Readonly<GapPrior> = { graceDays: 3, slope: 0 };

/** The shared evidence that takes a gap's cost away, by the prior's `outweighedBy`. */
export function gapEvidence(prior: GapPrior, e: { evidence: number; ownEvidence: number }): number {
  return prior.outweighedBy === 'own' ? e.ownEvidence : e.evidence;
}

/** The default story reach (`dedup.storyWindow`), from the story's newest (or oldest) article. */
export const STORY_REACH_MS = 14 * DAY_MS;

/**
 * How far back copies (near duplicates) are looked for, at most: a wire copy comes within hours or days of its
 * original, and the index keeps each article (its slot, fingerprint and bands) only about twice this long, where
 * stories (a centroid and postings each) are kept by the story reach.
 */
export const COPY_WINDOW_MS = 3 * DAY_MS;

/**
 * Log-odds the gap adds to a pair's score: 0 within the grace days, then -slope x ln(gap / grace), less the share
 * of it the pair's shared `evidence` outweighs (see STORY_GAP_PRIOR).
 */
export function gapLogOdds(gapMs: number, prior: GapPrior, evidence = 0): number {
  const days = gapMs / DAY_MS;
  if (prior.slope === 0 || days <= prior.graceDays) return 0;
  const kept = prior.outweighedAt ? Math.max(0, 1 - evidence / prior.outweighedAt) : 1;
  return kept > 0 ? -prior.slope * kept * Math.log(days / prior.graceDays) : 0;
}

/**
 * The stories whose span comes within `reachMs` of `time`. The index's buckets read up to a bucket further than
 * the reach (see bucketRange): the reach is exact here, whatever the bucket phase.
 */
export function inReach<T extends Pick<StoryCentroid, 'first' | 'last'>>(
  stories: readonly T[],
  time: number,
  reachMs: number,
): T[] {
  return stories.filter((s) => s.last >= time - reachMs && s.first <= time + reachMs);
}
