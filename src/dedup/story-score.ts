// The evidence that an article belongs to a story, as features for the fitted story model (story-model.ts):
// similarity kind by kind (words, headline words, names, numbers, places) against the story's centroid, how
// specific the shared names are, and soft time (Gaussian in the gap to the story's newest and oldest article).
// Two stories of one kind (two bank robberies, two rehab check-ins) share their words; the names, places and
// numbers tell them apart, so each kind gets its own weight instead of one cosine over everything.
import { TERM_KINDS, kindOfId } from './hash.js';
import type { StoryCentroid } from './index-types.js';
import type { ArticleVector } from './story-vector.js';
import { DETAIL_FEATURES, detailEvidence } from './detail-score.js';

export const PAIR_FEATURES = [
  'bias',
  'cosine',
  'cosWords',
  'cosLead',
  'cosTitle',
  'cosNames',
  'cosNumbers',
  'cosPlaces',
  'cosYears',
  'placesClash',
  'yearsClash',
  'numbersClash',
  'evidence',
  'evidenceTerms',
  'bestName',
  'unsharedNames',
  'namesClash',
  'rareWords',
  'storyUnsharedNames',
  'detailClash',
  'cosExclusive',
  'gapNewest',
  'gapOldest',
  'logSize',
  ...DETAIL_FEATURES,
] as const;

export const JOIN_FEATURES = ['bias', 'best', 'margin'] as const;

export interface PairEvidence {
  /** One value per PAIR_FEATURES entry. */
  x: Float64Array;
  cosine: number;
  /** Sum of the specificities of the shared names, numbers and headline words, one per root. */
  evidence: number;
  evidenceTerms: number;
  /**
   * The part of `evidence` in terms no other candidate story of the lookup holds (see termsHeld): what the story
   * shares with the article alone. Names a kind's incidents share (a city's police chief, a team, a celebrity in
   * two incidents) are held by several candidates where incidents of that kind crowd the reach.
   */
  ownEvidence: number;
  gapHours: number;
}

const DAY_MS = 86_400_000;
/** IDF, as a share of the IDF of a never-seen term, from which a shared word counts as a rare detail. */
const RARE_FLOOR = 0.6;
const KINDS = TERM_KINDS.length;
const NAME_KINDS = new Set(['e', 'n', 'p', 'y'].map((k) => TERM_KINDS.indexOf(k as (typeof TERM_KINDS)[number])));
const NUMBERS = TERM_KINDS.indexOf('n');
const PLACES = TERM_KINDS.indexOf('p');
const YEARS = TERM_KINDS.indexOf('y');
const cnorm = new Float64Array(KINDS);
const dots = new Float64Array(KINDS);
// Best specificity per root of the article being scored (-1: root not shared); reused, scoring is synchronous.
let rootBest = new Float64Array(64);
// The same, of terms no other candidate holds.
let rootOwn = new Float64Array(64);

/** Hours between a moment and a story's span (0 inside it). */
function gapMs(time: number, story: StoryCentroid): number {
  return time < story.first ? story.first - time : time > story.last ? time - story.last : 0;
}

/**
 * How many of the candidate stories of one article hold each term. A term two candidates share (the words of a
 * kind of event, when two incidents of that kind are both candidates) says "same kind", not "same story".
 */
export function termsHeld(stories: readonly StoryCentroid[]): Map<number, number> {
  const held = new Map<number, number>();
  for (const s of stories) for (const t of s.terms) held.set(t, (held.get(t) ?? 0) + 1);
  return held;
}

export function pairEvidence(
  v: ArticleVector,
  story: StoryCentroid,
  time: number,
  sigmaDays: number,
  held?: ReadonlyMap<number, number>,
): PairEvidence {
  cnorm.fill(0);
  dots.fill(0);
  let total = 0;
  let dot = 0;
  if (rootBest.length < v.rootCount) {
    rootBest = new Float64Array(v.rootCount);
    rootOwn = new Float64Array(v.rootCount);
  }
  rootBest.fill(-1, 0, v.rootCount);
  rootOwn.fill(0, 0, v.rootCount);
  let sharedNames = 0;
  let leadDot = 0;
  let rareWords = 0;
  let bestName = 0;
  let sharedStoryNames = 0;
  let exclusiveDot = 0;
  for (let j = 0; j < story.terms.length; j++) {
    const c = story.weights[j]!;
    const id = story.terms[j]!;
    const k = kindOfId(id);
    cnorm[k]! += c * c;
    total += c * c;
    const i = v.positions.get(id);
    if (i === undefined) continue;
    const p = v.weights[i]! * c;
    dot += p;
    dots[k]! += p;
    const own = (held?.get(id) ?? 1) <= 1;
    if (own) exclusiveDot += p;
    if (v.inLead[i]) leadDot += p;
    // A rare word shared (a detail: "porsche", "memorandum") says more than a common one ("arrested").
    if (k === 0) rareWords += Math.max(0, (v.idfs[i]! / v.maxIdf - RARE_FLOOR) / (1 - RARE_FLOOR));
    const r = v.roots[i]!;
    if (r >= 0 && v.specificities[i]! > rootBest[r]!) rootBest[r] = v.specificities[i]!;
    if (r >= 0 && own && v.specificities[i]! > rootOwn[r]!) rootOwn[r] = v.specificities[i]!;
    if (NAME_KINDS.has(k)) {
      sharedNames += v.weights[i]! ** 2;
      sharedStoryNames += c * c;
      bestName = Math.max(bestName, v.specificities[i]!);
    }
  }
  const cos = (k: number) =>
    cnorm[k]! > 0 && v.kindNorms[k]! > 0 ? dots[k]! / (Math.sqrt(cnorm[k]!) * v.kindNorms[k]!) : 0;
  let evidence = 0;
  let evidenceTerms = 0;
  let ownEvidence = 0;
  for (let r = 0; r < v.rootCount; r++) {
    ownEvidence += rootOwn[r]!;
    if (rootBest[r]! < 0) continue;
    evidence += rootBest[r]!;
    evidenceTerms++;
  }
  let names = 0;
  let storyNames = 0;
  for (const k of NAME_KINDS) {
    names += v.kindNorms[k]! ** 2;
    storyNames += cnorm[k]!;
  }
  const cosine = dot / (Math.sqrt(total) || 1);
  // Both sides name places (years, numbers) and share none: evidence of another incident of the same kind.
  const clash = (k: number) => (cnorm[k]! > 0 && v.kindNorms[k]! > 0 && dots[k] === 0 ? 1 : 0);
  const sigma2 = 2 * (sigmaDays * DAY_MS) ** 2;
  const unsharedNames = names > 0 ? 1 - sharedNames / names : 0;
  // The story's names, places and numbers the article does not have: with the article's own unshared ones, two
  // accounts that each have details of their own (another victim, another score, another town) and share only
  // the words of their kind of event.
  const storyUnsharedNames = storyNames > 0 ? 1 - sharedStoryNames / storyNames : 0;
  const x = Float64Array.of(
    1,
    cosine,
    cos(0),
    v.leadNorm > 0 ? leadDot / (v.leadNorm * (Math.sqrt(total) || 1)) : 0,
    cos(1),
    cos(2),
    cos(3),
    cos(PLACES),
    cos(YEARS),
    clash(PLACES),
    clash(YEARS),
    clash(NUMBERS),
    Math.min(4, evidence),
    Math.log1p(evidenceTerms),
    bestName,
    unsharedNames,
    // Both sides name people, places or numbers and share none of them: two incidents of one kind.
    names > 0 && storyNames > 0 && sharedNames === 0 ? 1 : 0,
    Math.min(4, rareWords),
    storyUnsharedNames,
    unsharedNames * storyUnsharedNames,
    // The similarity in terms no other candidate story holds (see termsHeld).
    exclusiveDot / (Math.sqrt(total) || 1),
    // Distance in time, 0 at no gap (1 minus a Gaussian): a weight on it leaves same-day decisions alone, so the
    // fit can weigh time without moving the bias (ECB+ has no dates at all).
    1 - Math.exp(-((time - story.last) ** 2) / sigma2),
    1 - Math.exp(-((time - story.first) ** 2) / sigma2),
    Math.log1p(story.size),
    ...detailEvidence(v, story),
  );
  return { x, cosine, evidence, evidenceTerms, ownEvidence, gapHours: gapMs(time, story) / 3_600_000 };
}
