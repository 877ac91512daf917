// Fitting the story model (src/dedup/story-model.ts) on labelled corpora: used by `npm run train:stories` and by
// the leave-one-corpus-out rows of `npm run bench:dedup`.
//   1. Each corpus is clustered with the gold answer forced (every article joins its gold story when that story
//      is among the candidates): the candidates the index retrieves are the realistic negatives, the closest
//      wrong stories, and the pair model learns to rank the gold story above them.
//   2. The join model learns, from the best candidate's score and its margin over the runner-up, whether the
//      best candidate is the right story (join) or not (start a new one).
//   3. The join model's bias is then set by clustering each corpus for real, to the value with the best mean
//      pairwise F1: log loss weighs every decision alike, pairwise F1 weighs a wrong join by the story's size.
import { clusterArticles } from '../../src/cli/cluster.js';
import { youngStoriesFromEnv } from './young-env.js';
import {
  joinFeatures,
  storyIdFor,
  type DedupDoc,
  type PreparedDoc,
  type ScoredStory,
} from '../../src/dedup/deduper.js';
import { fitLogistic, logit } from '../../src/dedup/logistic.js';
import { loadStoryModel, type StoryModel } from '../../src/dedup/story-model.js';
import { JOIN_FEATURES, PAIR_FEATURES } from '../../src/dedup/story-score.js';
import { shuffled } from '../../simulation/prng.js';
import { pairwise } from './cluster-metrics.js';
import type { Corpus } from './corpora.js';

export const SIGMA_DAYS = 3;

/** Text features of every article clustered here, computed once (see DeduperOptions.prepared). */
const prepared = new WeakMap<DedupDoc, PreparedDoc>();

interface Group {
  xs: Float64Array[];
  /** Index of the gold story among the candidates, -1 if it is not there. */
  gold: number;
}

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
    join: { features: [...JOIN_FEATURES], weights: JOIN_FEATURES.map(() => 0) },
    trainedOn: corpora.map((c) => ({ corpus: `${c.name}.jsonl`, articles: c.docs.length, sha256: c.sha256 })),
    commit,
    createdAt: new Date().toISOString(),
  };
}

async function forcedGroups(corpus: Corpus, model: StoryModel): Promise<Group[]> {
  const goldOf = new Map(corpus.docs.map((d, i) => [d.id, corpus.gold[i]!]));
  const storyOfGold = new Map<string, string>();
  const groups: Group[] = [];
  await clusterArticles(corpus.docs, {
    model,
    prepared,
    choose: (doc, scored: readonly ScoredStory[]) => {
      const g = goldOf.get(doc.id)!;
      const want = storyOfGold.get(g);
      const at = want === undefined ? -1 : scored.findIndex((s) => s.story.id === want);
      if (want === undefined) storyOfGold.set(g, storyIdFor(doc.id));
      if (scored.length) groups.push({ xs: scored.map((s) => s.evidence.x), gold: at });
      return at;
    },
  });
  return groups;
}

/**
 * What the search maximizes: mean pairwise F1 over the corpora, less a penalty for pairwise precision under
 * PRECISION_FLOOR on any of them (a wrong join costs users more than a story split in two).
 */
const PRECISION_FLOOR = 0.85;
/** How much each point of precision under the floor costs, in points of F1 (STORY_FIT_PRECISION_WEIGHT). */
const PRECISION_WEIGHT = Number(process.env.STORY_FIT_PRECISION_WEIGHT ?? 1);

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

/** The pair weights with every signed feature put back on its side. */
function signed(weights: number[]): number[] {
  return weights.map((w, i) => {
    const s = SIGN[PAIR_FEATURES[i]!];
    return s === undefined || w * s >= 0 ? w : 0;
  });
}

/**
 * Seeded arrival orders an undated corpus is also clustered in by the objective (STORY_FIT_SHUFFLES, default
 * 1): without dates any order is a valid stream, and a fit to the file's order alone learns that order. The
 * seeds are not those of bench/story-eval.ts, which scores shuffles 1 to N.
 */
const FIT_SHUFFLES = Number(process.env.STORY_FIT_SHUFFLES ?? 1);
const orders = new WeakMap<Corpus, { docs: DedupDoc[]; gold: string[] }[]>();

function ordersOf(c: Corpus): { docs: DedupDoc[]; gold: string[] }[] {
  let o = orders.get(c);
  if (!o) {
    o = [{ docs: c.docs, gold: c.gold }];
    if (c.docs.every((d) => !d.published))
      for (let s = 0; s < FIT_SHUFFLES; s++) {
        const idx = shuffled(
          c.docs.map((_, i) => i),
          1000 + s,
        );
        o.push({ docs: idx.map((i) => c.docs[i]!), gold: idx.map((i) => c.gold[i]!) });
      }
    orders.set(c, o);
  }
  return o;
}

/** The stories-of-one rule the objective runs with (STORY_YOUNG; unset: the deduper's default, off). */
const youngStories = youngStoriesFromEnv();

export async function objective(model: StoryModel, corpora: readonly Corpus[]): Promise<number> {
  let sum = 0;
  for (const c of corpora) {
    const runs = ordersOf(c);
    for (const r of runs) {
      const got = await clusterArticles(r.docs, { model, prepared, youngStories });
      const m = pairwise(
        r.gold,
        got.map((a) => a.storyId),
      );
      sum += (m.F1 - PRECISION_WEIGHT * Math.max(0, PRECISION_FLOOR - m.P)) / runs.length;
    }
  }
  return sum / (corpora.length || 1);
}

/**
 * STORY_FIT_MODE=lr: the pair weights by log loss alone (each weight kept on its side of SIGN, L2 from
 * STORY_FIT_L2, default 1e-3), and one number fitted on the clustering objective: the join bias (join if the
 * best candidate's log-odds reach it), on a grid of quarter steps. One free parameter against the ~30 of the
 * coordinate search (the default, "search"): what a fit on two small corpora can learn without learning them.
 */
const FIT_MODE = process.env.STORY_FIT_MODE ?? 'search';

/**
 * The least gain of the objective for which the coordinate search takes a step (STORY_FIT_MIN_GAIN, default
 * 1e-4): a larger one stops it at steps that move one corpus by a pair or two.
 */
const MIN_GAIN = Number(process.env.STORY_FIT_MIN_GAIN ?? 1e-4);

async function fitByLogLoss(
  model: StoryModel,
  xs: Float64Array[],
  ys: number[],
  corpora: readonly Corpus[],
  log: (s: string) => void,
): Promise<StoryModel> {
  const signs = PAIR_FEATURES.map((f) => SIGN[f] ?? 0);
  const pair = fitLogistic(xs, ys, { l2: Number(process.env.STORY_FIT_L2 ?? 1e-3), signs });
  model.pair.weights = pair.weights.map((w) => Math.round(w * 1000) / 1000);
  log(`pair model (signed): log loss ${pair.loss.toFixed(4)}`);
  let best = 0;
  let bestF1 = -Infinity;
  for (let b = -4; b <= 4.001; b += 0.25) {
    model.join.weights = [b, 1, 0];
    const f1 = await objective(model, corpora);
    if (f1 > bestF1 + 1e-4) [best, bestF1] = [b, f1];
  }
  model.join.weights = [best, 1, 0];
  log(`join bias ${best}: ${bestF1.toFixed(4)}`);
  model.createdAt = new Date().toISOString();
  return model;
}

export async function fitStoryModel(
  corpora: readonly Corpus[],
  commit: string,
  log: (s: string) => void = () => {},
  opts: { steps?: number[]; warm?: StoryModel; sigmaDays?: number; details?: StoryModel['details'] } = {},
): Promise<StoryModel> {
  const model = blankModel(commit, corpora, opts.details ?? detailSetting(), opts.sigmaDays);
  const groups: Group[] = [];
  for (const c of corpora) groups.push(...(await forcedGroups(c, model)));

  const xs: Float64Array[] = [];
  const ys: number[] = [];
  for (const g of groups) g.xs.forEach((x, i) => (xs.push(x), ys.push(i === g.gold ? 1 : 0)));
  const pair = fitLogistic(xs, ys, { l2: 1e-3 });
  model.pair.weights = pair.weights;
  log(`pair model: ${xs.length} candidate rows (${ys.filter(Boolean).length} right), log loss ${pair.loss.toFixed(4)}`);

  const jx: number[][] = [];
  const jy: number[] = [];
  for (const g of groups) {
    const scored = g.xs.map((x) => ({ z: logit(model.pair.weights, x) })) as ScoredStory[];
    let best = 0;
    scored.forEach((s, i) => (s.z > scored[best]!.z ? (best = i) : 0));
    jx.push(joinFeatures(scored, best));
    jy.push(best === g.gold ? 1 : 0);
  }
  const join = fitLogistic(jx, jy, { l2: 1e-3 });
  model.join.weights = join.weights;
  log(`join model: ${jx.length} rows (${jy.filter(Boolean).length} joins), log loss ${join.loss.toFixed(4)}`);

  // Starting points: the log-loss fit with its join bias shifted, and a plain cosine threshold (a strong
  // baseline on its own); the search below starts from the better of them.
  if (FIT_MODE === 'lr') return fitByLogLoss(model, xs, ys, corpora, log);
  const lr = structuredClone(model);
  const starts: StoryModel[] = [];
  for (let shift = -3; shift <= 3.001; shift += 1) {
    const m = structuredClone(lr);
    m.join.weights[0] = join.weights[0]! + shift;
    starts.push(m);
  }
  for (const t of [0.15, 0.2, 0.225, 0.25, 0.275, 0.3]) {
    const m = structuredClone(lr);
    m.pair.weights = PAIR_FEATURES.map((f) => (f === 'bias' ? -10 * t : f === 'cosine' ? 10 : 0));
    m.join.weights = [0, 1, 0];
    starts.push(m);
  }
  // The weights fitted before (the checked-in file, when its features are these): the search then only improves
  // on them, instead of taking another greedy path to a worse optimum.
  if (opts.warm) {
    const m = structuredClone(lr);
    m.pair.weights = [...opts.warm.pair.weights];
    m.join.weights = [...opts.warm.join.weights];
    starts.push(m);
  }
  let best = starts[0]!;
  let bestF1 = -1;
  for (const m of starts) {
    m.pair.weights = signed(m.pair.weights);
    const f1 = await objective(m, corpora);
    if (f1 > bestF1) [best, bestF1] = [m, f1];
  }
  log(`start: ${bestF1.toFixed(4)}`);
  // Coordinate search on the clustering objective itself: each weight in turn moved by a step while that helps.
  const params: [keyof Pick<StoryModel, 'pair' | 'join'>, number][] = [
    ...PAIR_FEATURES.map((_, i) => ['pair', i] as ['pair', number]),
    ...JOIN_FEATURES.map((_, i) => ['join', i] as ['join', number]),
  ];
  for (const step of opts.steps ?? [2, 1, 0.5, 0.25]) {
    let improved = true;
    for (let round = 0; improved && round < 3; round++) {
      improved = false;
      for (const [part, i] of params) {
        for (const dir of [1, -1]) {
          const m = structuredClone(best);
          m[part].weights[i] = m[part].weights[i]! + dir * step;
          if (part === 'pair' && signed(m.pair.weights)[i] !== m.pair.weights[i]) continue;
          const f1 = await objective(m, corpora);
          if (f1 > bestF1 + MIN_GAIN) {
            [best, bestF1, improved] = [m, f1, true];
            log(
              `  ${part}.${part === 'pair' ? PAIR_FEATURES[i] : JOIN_FEATURES[i]} ${dir > 0 ? '+' : '-'}${step}: ${f1.toFixed(4)}`,
            );
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
