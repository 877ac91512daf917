// Which evidence tells two incidents of one kind apart beyond the cosine, for development (not a benchmark):
//   node dist/bench/story-signal.js [shuffles, default 2]
// Clusters ECB+ (file order and seeded shuffles) and BASIL as `deltafeed cluster` does, and keeps every candidate
// story scored near the bar (log-odds above -1.5) whose gold topic is the article's: the decisions where one
// incident can be taken for the other. For each pair feature (story-score.ts), and for comparisons with the
// story's members one by one (nearest, farthest and mean member cosine, on a plain running TF-IDF of all terms),
// it prints the ROC AUC of "same incident" alone, and with the cosine in a two-feature logistic fit (the
// cosine alone first), separately for stories of one article, centroids of one article whose story has since
// absorbed others (late merges), and larger stories. BASIL's same-story candidates are listed by their mean fitted
// log-odds, to show what a feature costs the reports of one event. Text signals (novelty cues, event frames) come
// from support/novelty-signals.ts; the last column is each signal's mean for ECB+ same / other incident and
// BASIL same story.
import { createDeduper, type DedupDoc, type PreparedDoc, type ScoredStory } from '../src/dedup/deduper.js';
import { fitLogistic, logit } from '../src/dedup/logistic.js';
import { MemoryDedupIndex } from '../src/dedup/memory-index.js';
import { loadStoryModel } from '../src/dedup/story-model.js';
import { PAIR_FEATURES } from '../src/dedup/story-score.js';
import { MemoryStoryRedirects } from '../src/dedup/story-merge.js';
import { shuffled } from '../simulation/prng.js';
import { devCorpora, type Corpus } from './support/corpora.js';
import { mentionIds, textSignals, TEXT_SIGNALS } from './support/novelty-signals.js';

const MEMBER_SIGNALS = ['memberNearest', 'memberFarthest', 'memberMean'] as const;
const SIGNALS = [...PAIR_FEATURES.slice(1), ...MEMBER_SIGNALS, ...TEXT_SIGNALS];
const COSINE = 0;

interface Row {
  x: number[];
  same: boolean;
  size: number;
  /** Articles in the story, through late merges (a merged story's centroids can still be of size 1). */
  members: number;
}

const topic = (g: string) => g.split('_')[0]!;

/** Candidate rows of one run of the corpus in `order`: same topic (ECB+) or any (`anyTopic`), near the bar. */
async function rows(c: Corpus, order: readonly number[], anyTopic: boolean): Promise<Row[]> {
  const out: Row[] = [];
  const prepared = new WeakMap<DedupDoc, PreparedDoc>();
  const redirects = new MemoryStoryRedirects();
  const gold = new Map(c.docs.map((d, i) => [d.id, c.gold[i]!]));
  const docOf = new Map(c.docs.map((d) => [d.id, d]));
  const df = new Map<number, number>();
  let docs = 0;
  const vectors = new Map<string, Map<number, number>>();
  const storyOf = new Map<string, string>();
  let last: readonly ScoredStory[] = [];
  const deduper = createDeduper(new MemoryDedupIndex(), {
    model: loadStoryModel(),
    redirects,
    prepared,
    now: () => 0,
    onScored: (_d, s) => (last = s),
  });
  const membersOf = (sid: string) => {
    const f = redirects.final(sid);
    return [...storyOf].filter(([, s]) => redirects.final(s) === f).map(([id]) => id);
  };
  const cos = (a: Map<number, number>, b: Map<number, number>) => {
    let dot = 0;
    for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
    return dot;
  };
  for (const i of order) {
    const doc = c.docs[i]!;
    last = [];
    const r = await deduper.assign(doc);
    const list = prepared.get(doc)!.list;
    docs++;
    const v = new Map<number, number>();
    list.ids.forEach((id, k) => {
      const n = (df.get(id) ?? 0) + 1;
      df.set(id, n);
      v.set(id, list.factors[k]! * Math.log((docs + 1) / n));
    });
    const norm = Math.hypot(...v.values()) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    for (const s of last) {
      const ids = membersOf(s.story.id);
      const g = new Map<string, number>();
      for (const id of ids) g.set(gold.get(id)!, (g.get(gold.get(id)!) ?? 0) + 1);
      const major = [...g].sort((a, b) => b[1] - a[1])[0]?.[0];
      if (!major || s.z < -1.5 || (!anyTopic && topic(major) !== topic(c.gold[i]!))) continue;
      const sims = ids.map((id) => cos(v, vectors.get(id)!));
      out.push({
        x: [
          ...s.evidence.x.slice(1),
          Math.max(...sims),
          Math.min(...sims),
          sims.reduce((a, b) => a + b, 0) / sims.length,
          ...textSignals(
            doc,
            ids.map((id) => docOf.get(id)!),
            {
              centroid: s.story,
              articleIds: new Set(list.ids),
              articleWords: mentionIds(doc),
              memberIds: ids.map((id) => new Set(prepared.get(docOf.get(id)!)!.list.ids)),
            },
          ),
        ],
        same: major === c.gold[i],
        size: s.story.size,
        members: ids.length,
      });
    }
    vectors.set(doc.id, v);
    if (!r.duplicateOf) storyOf.set(doc.id, r.storyId);
  }
  return out;
}

/** ROC AUC of `scores` for `same` (ties count half): the rank sum of the positives, ties at their mean rank. */
function auc(scores: readonly number[], same: readonly boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let pos = 0;
  let sum = 0;
  for (let k = 0; k < idx.length;) {
    let j = k;
    while (j < idx.length && scores[idx[j]!] === scores[idx[k]!]) j++;
    for (let m = k; m < j; m++) {
      if (!same[idx[m]!]) continue;
      sum += (k + j + 1) / 2;
      pos++;
    }
    k = j;
  }
  const neg = idx.length - pos;
  return pos && neg ? (sum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

function report(name: string, ecb: Row[], basil: Row[]): void {
  const y = ecb.map((r) => (r.same ? 1 : 0));
  const base = fitLogistic(
    ecb.map((r) => [1, r.x[COSINE]!]),
    y,
  ).weights;
  const baseAuc = auc(
    ecb.map((r) => logit(base, [1, r.x[COSINE]!])),
    ecb.map((r) => r.same),
  );
  console.log(
    `\n${name}: ${ecb.filter((r) => r.same).length} same incident, ${ecb.filter((r) => !r.same).length} other`,
  );
  console.log(
    `| signal | AUC alone | AUC with cosine (cosine alone ${baseAuc.toFixed(3)}) | weight | BASIL same-story mean log-odds | mean: ECB+ same / other, BASIL same |`,
  );
  SIGNALS.forEach((f, k) => {
    if (k === COSINE) return;
    const fit = fitLogistic(
      ecb.map((r) => [1, r.x[COSINE]!, r.x[k]!]),
      y,
    ).weights;
    const both = auc(
      ecb.map((r) => logit(fit, [1, r.x[COSINE]!, r.x[k]!])),
      ecb.map((r) => r.same),
    );
    const b = basil.filter((r) => r.same).map((r) => logit(fit, [1, r.x[COSINE]!, r.x[k]!]));
    const alone = auc(
      ecb.map((r) => r.x[k]!),
      ecb.map((r) => r.same),
    );
    if (Number.isNaN(alone)) return;
    const bMean = b.length ? (b.reduce((s, z) => s + z, 0) / b.length).toFixed(2) : '-';
    const mean = (rs: Row[]) => (rs.length ? (rs.reduce((s, r) => s + r.x[k]!, 0) / rs.length).toFixed(2) : '-');
    const means = `${mean(ecb.filter((r) => r.same))} / ${mean(ecb.filter((r) => !r.same))}, ${mean(basil.filter((r) => r.same))}`;
    console.log(`| ${f} | ${alone.toFixed(3)} | ${both.toFixed(3)} | ${fit[2]!.toFixed(2)} | ${bMean} | ${means} |`);
  });
}

const corpora = devCorpora();
const ecb = corpora.find((c) => c.name === 'ecbplus');
const basil = corpora.find((c) => c.name === 'basil');
if (!ecb || !basil) throw new Error('needs ecbplus and basil');
const n = Number(process.argv[2] ?? 2);
const idx = ecb.docs.map((_, i) => i);
const e: Row[] = [];
for (const order of [idx, ...Array.from({ length: n }, (_, s) => shuffled(idx, s + 1))])
  e.push(...(await rows(ecb, order, false)));
const b = await rows(
  basil,
  basil.docs.map((_, i) => i),
  true,
);
const one = (r: Row) => r.size === 1 && r.members === 1;
report('stories of one article', e.filter(one), b.filter(one));
report(
  'centroids of one article in merged stories',
  e.filter((r) => r.size === 1 && !one(r)),
  b.filter((r) => r.size === 1 && !one(r)),
);
report(
  'larger stories',
  e.filter((r) => r.size > 1),
  b.filter((r) => r.size > 1),
);
