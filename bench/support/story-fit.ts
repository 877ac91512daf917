// Fitting the story model (src/dedup/story-model.ts) on labelled corpora: used by `npm run train:stories`, by the
// leave-one-corpus-out rows of `npm run bench:dedup` and by `story-eval.js cv` / `loo`. Built to generalize to a
// corpus it never saw (branch robust, docs/benchmarks.md "A fit that generalizes"):
//   1. The anchor: a cosine-only model (the pair model's bias and cosine weight, a plain bar on the similarity to
//      the story), its bar chosen on the training corpora. Plain TF-IDF at one bar is good on every real corpus.
//   2. From there a coordinate search moves a few weights (FIT_FEATURES, or STORY_FIT_FEATURES) on the clustering
//      objective of fit-objective.ts (worst corpus, full and small-story conditions, margin over TF-IDF), less
//      an L1 price on every weight other than the bias and the cosine (STORY_FIT_L1): a feature earns its weight
//      only by a gain the anchor cannot make, so a fit on one corpus stays near the anchor on the others.
//   3. The join model stays "join the best story when the pair model says so" (bias 0, weight 1, margin 0).
import { fitObjectiveName, objective } from './fit-objective.js';
import { loadStoryModel, type StoryModel } from '../../src/dedup/story-model.js';
import { DETAIL_FEATURES } from '../../src/dedup/detail-score.js';
import { JOIN_FEATURES, PAIR_FEATURES } from '../../src/dedup/story-score.js';
import type { Corpus } from './corpora.js';

export const SIGMA_DAYS = 3;

/**
 * The detail-term setting fitted for (StoryModel.details): STORY_DETAILS ("off", or the number of scoring terms
 * with detail terms on, e.g. "96"), else that of the shipped model.
 */
export function detailSetting(fallback?: StoryModel['details']): StoryModel['details'] {
  const env = process.env.STORY_DETAILS;
  if (env === 'off') return { terms: false, scoringTerms: 48 };
  if (env) return { terms: true, scoringTerms: Number(env) };
  return fallback ?? loadStoryModel().details;
}

function blankModel(
  commit: string,
  corpora: readonly Corpus[],
  details: StoryModel['details'],
  sigmaDays = SIGMA_DAYS,
): StoryModel {
  return {
    version: 1,
    sigmaDays,
    details,
    pair: { features: [...PAIR_FEATURES], weights: PAIR_FEATURES.map(() => 0) },
    join: { features: [...JOIN_FEATURES], weights: [0, 1, 0] },
    trainedOn: corpora.map((c) => ({ corpus: `${c.name}.jsonl`, articles: c.docs.length, sha256: c.sha256 })),
    commit,
    createdAt: new Date().toISOString(),
  };
}

/**
 * The direction each evidence feature may push, by its meaning: a similarity never argues against a story, a
 * clash or a time gap never argues for one. The search keeps weights on their side (0 at worst): with two small
 * corpora, one of them undated, a weight of the wrong sign is a fit to the corpus, and it would not carry.
 */
const SIGN: Readonly<Record<string, 1 | -1>> = {
  cosine: 1,
  cosWords: 1,
  cosLead: 1,
  cosTitle: 1,
  cosNames: 1,
  cosNumbers: 1,
  cosPlaces: 1,
  cosYears: 1,
  cosExclusive: 1,
  evidence: 1,
  evidenceTerms: 1,
  bestName: 1,
  rareWords: 1,
  placesClash: -1,
  yearsClash: -1,
  numbersClash: -1,
  namesClash: -1,
  unsharedNames: -1,
  storyUnsharedNames: -1,
  detailClash: -1,
  gapNewest: -1,
  gapOldest: -1,
  sharedDetails: 1,
  datesNear: 1,
  datesApart: -1,
};

const onItsSide = (f: string, w: number) => SIGN[f] === undefined || w * SIGN[f] >= 0;

/**
 * The features the search may weigh besides the anchor's bias and cosine: those every earlier fit kept (the
 * headline, numbers, places and years, and the clashes of the three kinds; with detail terms on, their three
 * features). STORY_FIT_FEATURES overrides
 * (comma-separated names, "all", or "none" for the anchor alone).
 */
const DEFAULT_FEATURES = [
  'cosTitle',
  'cosNumbers',
  'cosPlaces',
  'cosYears',
  'placesClash',
  'yearsClash',
  'numbersClash',
];

function fitFeatures(details: StoryModel['details'], v = process.env.STORY_FIT_FEATURES): string[] {
  const byDefault = details.terms ? [...DEFAULT_FEATURES, ...DETAIL_FEATURES] : DEFAULT_FEATURES;
  const names = !v ? byDefault : v === 'all' ? PAIR_FEATURES.slice(2) : v === 'none' ? [] : v.split(',');
  for (const n of names)
    if (!(PAIR_FEATURES as readonly string[]).includes(n)) throw new Error(`STORY_FIT_FEATURES: no feature ${n}`);
  return ['bias', 'cosine', ...names];
}

/** The price, in objective points, of each unit of weight off the anchor (STORY_FIT_L1, default 0.002). */
const L1 = Number(process.env.STORY_FIT_L1 || 0.002);
/** The least objective gain for which the search takes a step (STORY_FIT_MIN_GAIN, default 1e-4). */
const MIN_GAIN = Number(process.env.STORY_FIT_MIN_GAIN || 1e-4);
/** The anchor's cosine weight: its bias is -10 times the bar. */
const ANCHOR_COSINE = 10;

/**
 * Weights held where they are set (STORY_FIT_FIXED, e.g. "bias=-3.5,cosine=12.5,cosPlaces=1.5"): the search
 * starts there and moves only the others. A bar the corpora's own optimum would lower (their IDF is mature, a
 * young stream's is flat) stays where the young stream needs it (docs/benchmarks.md, "A fit that generalizes").
 */
function fixedWeights(v = process.env.STORY_FIT_FIXED): Map<number, number> {
  const out = new Map<number, number>();
  for (const part of v ? v.split(',') : []) {
    const [name, w] = part.split('=');
    const i = PAIR_FEATURES.indexOf(name as (typeof PAIR_FEATURES)[number]);
    if (i < 0 || !Number.isFinite(Number(w))) throw new Error(`STORY_FIT_FIXED: bad entry ${part}`);
    out.set(i, Number(w));
  }
  return out;
}

function price(weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((w, i) => {
    if (i > 1) sum += Math.abs(w);
  });
  return L1 * sum;
}

export async function fitStoryModel(
  corpora: readonly Corpus[],
  commit: string,
  log: (s: string) => void = () => {},
  opts: { steps?: number[]; warm?: StoryModel; sigmaDays?: number; details?: StoryModel['details'] } = {},
): Promise<StoryModel> {
  const model = blankModel(commit, corpora, opts.details ?? detailSetting(), opts.sigmaDays);
  const fixed = fixedWeights();
  const free = fitFeatures(model.details)
    .map((f) => PAIR_FEATURES.indexOf(f as (typeof PAIR_FEATURES)[number]))
    .filter((i) => !fixed.has(i));
  const value = async (m: StoryModel) => (await objective(m, corpora)) - price(m.pair.weights);
  log(`objective: ${fitObjectiveName()}; free: ${free.map((i) => PAIR_FEATURES[i]).join(', ')}; L1 ${L1}`);
  if (fixed.size) log(`fixed: ${[...fixed].map(([i, w]) => `${PAIR_FEATURES[i]} ${w}`).join(', ')}`);

  // 1. The anchor: the best plain bar on the cosine (and the weights fitted before, when given, projected on
  // the free features: a refit then starts where the last one ended).
  let best = model;
  let bestValue = -Infinity;
  const starts: StoryModel[] = [];
  for (let bar = 0.15; bar <= 0.451; bar += 0.025) {
    const m = structuredClone(model);
    m.pair.weights[0] = -Math.round(ANCHOR_COSINE * bar * 100) / 100;
    m.pair.weights[1] = ANCHOR_COSINE;
    starts.push(m);
  }
  if (opts.warm) {
    const m = structuredClone(model);
    m.pair.weights = opts.warm.pair.weights.map((w, i) =>
      free.includes(i) && onItsSide(PAIR_FEATURES[i]!, w) ? w : 0,
    );
    m.join.weights = [...opts.warm.join.weights];
    starts.push(m);
  }
  if (fixed.size) {
    // One start: the fixed weights, the rest at 0 (and the fixed ones set in a warm start too).
    if (!opts.warm) starts.length = 0;
    if (!starts.length) starts.push(structuredClone(model));
    for (const m of starts) for (const [i, w] of fixed) m.pair.weights[i] = w;
  }
  for (const m of starts) {
    const v = await value(m);
    if (v > bestValue) [best, bestValue] = [m, v];
  }
  log(`start: ${bestValue.toFixed(4)} (bias ${best.pair.weights[0]}, cosine ${best.pair.weights[1]})`);

  // 2. Coordinate search over the free weights, each moved by a step while that helps.
  for (const step of opts.steps ?? [1, 0.5, 0.25]) {
    let improved = true;
    for (let round = 0; improved && round < 3; round++) {
      improved = false;
      for (const i of free) {
        for (const dir of [1, -1]) {
          const m = structuredClone(best);
          m.pair.weights[i] = m.pair.weights[i]! + dir * step;
          if (!onItsSide(PAIR_FEATURES[i]!, m.pair.weights[i])) continue;
          const v = await value(m);
          if (v > bestValue + MIN_GAIN) {
            [best, bestValue, improved] = [m, v, true];
            log(`  ${PAIR_FEATURES[i]} ${dir > 0 ? '+' : '-'}${step}: ${v.toFixed(4)}`);
            break;
          }
        }
      }
    }
  }
  model.pair.weights = best.pair.weights;
  model.join.weights = best.join.weights;
  model.createdAt = new Date().toISOString();
  return model;
}
