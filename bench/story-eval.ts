// Story quality the way the acceptance exam may see it, for development (not part of `npm run bench:dedup`):
//   node dist/bench/story-eval.js orders [N]   every development corpus in file order, and ECB+ (undated, so
//                                               any order is a valid stream) in N seeded shuffles (default 5):
//                                               pairwise P/R/F1 in file order, mean and min F1 over the shuffles
//   node dist/bench/story-eval.js cv           topic-fold cross-validation: the topics (ECB+ kinds of event,
//                                               BASIL events) of both corpora split in two halves; fitted on one
//                                               half, scored on the other, and swapped. What generalizes to
//                                               unseen topics, with twice the corpora LOO has to fit on.
//   node dist/bench/story-eval.js loo [N]      leave one corpus out: fitted on the others, scored on it in file
//                                               order, N shuffles (undated) and 5 small-story cuts, next to
//                                               TF-IDF at the others' best threshold
//   node dist/bench/story-eval.js small [N]    each corpus cut to small stories (bench/support/small-stories.ts,
//                                               about two articles a story, as in local news) in N seeds
//                                               (default 5): mean pairwise P/R/F1, next to plain online TF-IDF at
//                                               0.25 and 0.30 (the best thresholds on the full corpora)
//   node dist/bench/story-eval.js retimed [N]  each corpus, whole and cut to small stories, on a synthetic
//                                               calendar (bench/support/retime.ts: incidents spread over months,
//                                               pair gaps as on real local news) in N seeds (default 3): deltafeed
//                                               at each story reach (STORY_REACH=3d,7d,...) next to TF-IDF (7 days)
//   node dist/bench/story-eval.js short [N...]  each corpus with every text cut to its first N words (default 80 150
//                                               300; bench/support/short-texts.ts), whole and cut to small stories
//                                               too (SHORT_SMALL_SEEDS seeds, default 3: the local-news shape):
//                                               deltafeed next to TF-IDF at its best threshold and at 0.25
//   node dist/bench/story-eval.js local [N]    the held-out local news's shape in one condition: each corpus cut to
//                                               small stories AND texts to their first LOCAL_WORDS words (default
//                                               80,150) AND re-timed over LOCAL_SPANS days (default 7,30,180), N
//                                               seeds (default 3; bench/support/local-news.ts): deltafeed at the
//                                               first STORY_REACH (default: shipped) next to TF-IDF (7 days; best, 0.25)
// STORY_REACH (the first of its list for "orders" and "small") and STORY_GAP: see bench/support/retime.ts.
// Uses the shipped model (or DELTAFEED_STORY_MODEL) for "orders"; fits its own models for "cv".
// STORY_RIVAL=KIND:WEIGHT (bench/support/rival.ts, off by default): re-rank close candidates by a contrast.
// STORY_YOUNG (bench/support/young-env.ts): on (the default, as shipped), off, or other bars for the stories-of-one rule.
import { clusterArticles } from '../src/cli/cluster.js';
import type { DedupDoc } from '../src/dedup/deduper.js';
import { loadStoryModel, type StoryModel } from '../src/dedup/story-model.js';
import { shuffled } from '../simulation/prng.js';
import { pairwise, type PRF } from './support/cluster-metrics.js';
import { CLUSTERS_DIR, devCorpora, type Corpus } from './support/corpora.js';
import { gapPriorFromEnv, memoryFromEnv, reachesFromEnv, retimedReport } from './support/retime.js';
import { smallStories } from './support/small-stories.js';
import { shortTexts, shortWordsFrom } from './support/short-texts.js';
import { localReport } from './support/local-news.js';
import { fitStoryModel } from './support/story-fit.js';
import { bestTfidf, tfidfClusters } from './support/tfidf.js';
import { PAIR_FEATURES } from '../src/dedup/story-score.js';
import { youngStoriesFromEnv } from './support/young-env.js';
import { rivalCluster, rivalFromEnv } from './support/rival.js';

const f3 = (x: number) => x.toFixed(3);

const youngStories = youngStoriesFromEnv();
const gapPrior = gapPriorFromEnv();
const storyMemoryMs = memoryFromEnv();
const rival = rivalFromEnv();
const undated = (c: Corpus) => c.docs.every((d) => !d.published);

/** Pairwise scores of `model` on the corpus with its articles in `order` (positions). */
export async function scoreInOrder(
  c: Corpus,
  model: StoryModel,
  order?: readonly number[],
  storyWindowMs?: number,
): Promise<PRF> {
  const idx = order ?? c.docs.map((_, i) => i);
  const docs: DedupDoc[] = idx.map((i) => c.docs[i]!);
  const window = storyWindowMs ?? (process.env.STORY_REACH ? reachesFromEnv()[0]!.ms : undefined);
  const opts = { model, youngStories, storyWindowMs: window, gapPrior, storyMemoryMs };
  const got = rival ? await rivalCluster(docs, rival, opts) : (await clusterArticles(docs, opts)).map((a) => a.storyId);
  return pairwise(
    idx.map((i) => c.gold[i]!),
    got,
  );
}

export interface OrderScores {
  file: PRF;
  shuffles: PRF[];
}

export async function orderScores(c: Corpus, model: StoryModel, n: number): Promise<OrderScores> {
  const file = await scoreInOrder(c, model);
  const shuffles: PRF[] = [];
  if (undated(c))
    for (let s = 1; s <= n; s++)
      shuffles.push(
        await scoreInOrder(
          c,
          model,
          shuffled(
            c.docs.map((_, i) => i),
            s,
          ),
        ),
      );
  return { file, shuffles };
}

export function describe(name: string, s: OrderScores): string {
  const f1 = s.shuffles.map((x) => x.F1);
  const p = s.shuffles.map((x) => x.P);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  const head = `${name}: file order F1 ${f3(s.file.F1)} (P ${f3(s.file.P)} R ${f3(s.file.R)})`;
  if (!f1.length) return head;
  return `${head}; ${f1.length} shuffles F1 mean ${f3(mean(f1))} min ${f3(Math.min(...f1))} max ${f3(Math.max(...f1))}, P mean ${f3(mean(p))} min ${f3(Math.min(...p))} [${f1.map(f3).join(' ')}]`;
}

/** The topic of a gold story: ECB+ "12_ecbplus" -> "12"; otherwise the story itself (a BASIL event). */
const topicOf = (gold: string) => (/^\d+_ecb(plus)?$/.test(gold) ? gold.split('_')[0]! : gold);

/** The corpus restricted to the topics in one of two halves (alternating over the sorted topics). */
function half(c: Corpus, which: 0 | 1): Corpus {
  const topics = [...new Set(c.gold.map(topicOf))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const keep = new Set(topics.filter((_, i) => i % 2 === which));
  const at = c.gold.map((g, i) => (keep.has(topicOf(g)) ? i : -1)).filter((i) => i >= 0);
  return {
    ...c,
    name: `${c.name}/${which ? 'odd' : 'even'}`,
    docs: at.map((i) => c.docs[i]!),
    gold: at.map((i) => c.gold[i]!),
  };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

/** Mean pairwise scores of `model` over `seeds` small-story cuts of the corpus (small-stories.ts). */
async function smallScores(c: Corpus, model: StoryModel, seeds: number): Promise<PRF> {
  const xs: PRF[] = [];
  for (let s = 1; s <= seeds; s++) xs.push(await scoreInOrder(smallStories(c, s), model));
  return { P: mean(xs.map((x) => x.P)), R: mean(xs.map((x) => x.R)), F1: mean(xs.map((x) => x.F1)) };
}

const small = (name: string, x: PRF, seeds: number) =>
  `${name}: ${seeds} small-story cuts, mean F1 ${f3(x.F1)} (P ${f3(x.P)} R ${f3(x.R)})`;

/** The pair weights that are not 0, by name. */
const weightsOf = (m: StoryModel) =>
  m.pair.weights
    .map((w, i) => (w ? `${PAIR_FEATURES[i]} ${w}` : ''))
    .filter(Boolean)
    .join(', ') + `; join ${m.join.weights.join(' ')}`;

/**
 * Leave one corpus out: fitted on the others, scored on it (file order, shuffles, small-story cuts), next to plain
 * TF-IDF at the threshold best on the others (the same kind of choice, made without the corpus).
 */
async function leaveOneOut(corpora: Corpus[], shuffles: number): Promise<void> {
  for (const c of corpora) {
    const others = corpora.filter((o) => o !== c);
    if (!others.length) continue;
    const model = await fitStoryModel(others, 'loo', () => {}, { steps: [1, 0.5] });
    console.log(`${c.name} left out, fitted on ${others.map((o) => o.name).join(', ')}: ${weightsOf(model)}`);
    console.log(describe(`${c.name} (left out)`, await orderScores(c, model, shuffles)));
    console.log(small(`${c.name} (left out)`, await smallScores(c, model, 5), 5));
    const bar = mean(others.map((o) => bestTfidf(o.docs, o.gold).threshold));
    const tf = pairwise(c.gold, tfidfClusters(c.docs, bar));
    console.log(`${c.name}: TF-IDF at the others' best threshold ${bar.toFixed(3)}: F1 ${f3(tf.F1)} (P ${f3(tf.P)})`);
  }
}

async function crossValidate(corpora: Corpus[], shuffles: number): Promise<void> {
  const rows: string[] = [];
  const sums = new Map<string, { file: number; mean: number; n: number }>();
  for (const test of [0, 1] as const) {
    const train = corpora.map((c) => half(c, test === 0 ? 1 : 0));
    const model = await fitStoryModel(train, 'cv', () => {}, { steps: [1, 0.5] });
    for (const c of corpora) {
      const t = half(c, test);
      const s = await orderScores(t, model, shuffles);
      rows.push(describe(`${t.name} (fitted on the other half)`, s));
      rows.push(small(`${t.name} (fitted on the other half)`, await smallScores(t, model, 3), 3));
      const m = sums.get(c.name) ?? { file: 0, mean: 0, n: 0 };
      const f1 = s.shuffles.length ? s.shuffles.reduce((a, x) => a + x.F1, 0) / s.shuffles.length : s.file.F1;
      sums.set(c.name, { file: m.file + s.file.F1, mean: m.mean + f1, n: m.n + 1 });
    }
  }
  for (const r of rows) console.log(r);
  for (const [name, m] of sums)
    console.log(
      `${name}: topic-fold CV F1, mean of the two halves: file order ${f3(m.file / m.n)}, shuffles ${f3(m.mean / m.n)}`,
    );
}

/** One condition's row: deltafeed, TF-IDF at its best threshold (hindsight) and at 0.25, each a mean over cuts. */
async function shortRow(label: string, cuts: readonly Corpus[], model: StoryModel): Promise<string> {
  const rows = { deltafeed: [] as PRF[], best: [] as PRF[], t25: [] as PRF[] };
  const bars: number[] = [];
  for (const cut of cuts) {
    rows.deltafeed.push(await scoreInOrder(cut, model));
    const b = bestTfidf(cut.docs, cut.gold);
    bars.push(b.threshold);
    rows.best.push(pairwise(cut.gold, b.stories));
    rows.t25.push(pairwise(cut.gold, tfidfClusters(cut.docs, 0.25)));
  }
  const m = (xs: PRF[]) => {
    const at = (k: keyof PRF) => f3(mean(xs.map((x) => x[k])));
    return `F1 ${at('F1')} (P ${at('P')} R ${at('R')})`;
  };
  const each = cuts.length > 1 ? ` [${rows.deltafeed.map((x) => f3(x.F1)).join(' ')}]` : '';
  return `${label}: deltafeed ${m(rows.deltafeed)}${each} | TF-IDF best ${m(rows.best)} @${bars.join('/')} | TF-IDF 0.25 ${m(rows.t25)}`;
}

/** Every corpus cut to its first N words (short-texts.ts), whole and in small-story cuts. */
async function shortReport(corpora: Corpus[], words: number[], model: StoryModel): Promise<void> {
  const seeds = Number(process.env.SHORT_SMALL_SEEDS ?? 3);
  for (const c of corpora)
    for (const n of words) {
      const cut = shortTexts(c, n);
      const label = `${c.name} first ${n || 'all'} words`;
      console.log(await shortRow(label, [cut], model));
      const smalls = Array.from({ length: seeds }, (_, s) => smallStories(cut, s + 1));
      if (seeds > 0) console.log(await shortRow(`${label}, small stories (${seeds} seeds)`, smalls, model));
    }
}

const [mode = 'orders', arg] = process.argv.slice(2);
const corpora = devCorpora();
if (!corpora.length) {
  console.error(`no corpora in ${CLUSTERS_DIR}`);
  process.exit(1);
}
if (mode === 'orders') {
  const model = loadStoryModel();
  for (const c of corpora) console.log(describe(c.name, await orderScores(c, model, Number(arg ?? 5))));
} else if (mode === 'loo') {
  await leaveOneOut(corpora, Number(arg ?? 3));
} else if (mode === 'cv') {
  await crossValidate(corpora, Number(arg ?? 3));
} else if (mode === 'small') {
  const model = loadStoryModel();
  for (const c of corpora) {
    const rows = { deltafeed: [] as PRF[], 'tfidf 0.25': [] as PRF[], 'tfidf 0.30': [] as PRF[] };
    for (let s = 1; s <= Number(arg ?? 5); s++) {
      const cut = smallStories(c, s);
      rows.deltafeed.push(await scoreInOrder(cut, model));
      rows['tfidf 0.25'].push(pairwise(cut.gold, tfidfClusters(cut.docs, 0.25)));
      rows['tfidf 0.30'].push(pairwise(cut.gold, tfidfClusters(cut.docs, 0.3)));
    }
    const mean = (xs: PRF[], k: keyof PRF) => f3(xs.reduce((a, x) => a + x[k], 0) / xs.length);
    for (const [name, xs] of Object.entries(rows))
      console.log(
        `${c.name} small stories, ${xs.length} seeds, ${name}: F1 ${mean(xs, 'F1')} (P ${mean(xs, 'P')} R ${mean(xs, 'R')}) [${xs.map((x) => f3(x.F1)).join(' ')}]`,
      );
  }
} else if (mode === 'retimed') {
  const model = loadStoryModel();
  await retimedReport(corpora, Number(arg ?? 3), (c, windowMs) => scoreInOrder(c, model, undefined, windowMs));
} else if (mode === 'short') {
  await shortReport(corpora, shortWordsFrom(process.argv.slice(3)), loadStoryModel());
} else if (mode === 'local') {
  const model = loadStoryModel();
  await localReport(corpora, Number(arg ?? 3), (c) => scoreInOrder(c, model));
} else {
  console.error(
    'usage: story-eval.js orders [N] | cv [N] | loo [N] | small [N] | retimed [N] | short [N...] | local [N]',
  );
  process.exit(2);
}
