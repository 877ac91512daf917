// Why same-story pairs are missed on short texts (issue 16, branch `short`), for development:
//   node dist/bench/story-short-trace.js [corpus, default basil] [N...]   the corpus with every text cut to its
//                                        first N words (default 0 = whole, 300, 150, 80; short-texts.ts),
//                                        clustered as `deltafeed cluster` does (the shipped model or
//                                        DELTAFEED_STORY_MODEL, late merges, STORY_YOUNG as story-eval.js)
// For every same-story pair (a before b) missed in the end, what happened at b's decision:
//   duplicate        b was taken as a copy of another article
//   not retrieved    a's story was not among the scored candidates
//   below bar        a's story scored under the plain bar (probability 0.5) and b started a story
//   held             a's story scored at or above the bar, but b started a story (the stories-of-one rule)
//   elsewhere, below / above bar   b joined another story (often another part of its own), a's story under /
//                    over the bar
// Then how the same-story pairs score: the cosine of b against a's story when it was scored (quartiles), and the
// mean log-odds each weighted feature adds for same-story candidates and for candidates of other stories.
import { createDeduper, type DedupDoc } from '../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../src/dedup/memory-index.js';
import { MemoryStoryRedirects } from '../src/dedup/story-merge.js';
import { loadStoryModel } from '../src/dedup/story-model.js';
import { PAIR_FEATURES } from '../src/dedup/story-score.js';
import { parseDateText } from '../src/util/dates.js';
import { pairwise } from './support/cluster-metrics.js';
import { devCorpora, type Corpus } from './support/corpora.js';
import { shortTexts, shortWordsFrom } from './support/short-texts.js';
import { youngStoriesFromEnv } from './support/young-env.js';

interface Candidate {
  story: string;
  z: number;
  cosine: number;
  x: number[];
}

interface Step {
  at: number;
  candidates: Candidate[];
  duplicate: boolean;
  newStory: boolean;
  joined: string;
  /** The story (final id at that moment) of each article processed before. */
  before: Map<number, string>;
}

const f3 = (x: number) => x.toFixed(3);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function quartiles(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => (s.length ? f3(s[Math.floor(q * (s.length - 1))]!) : '-');
  return `${at(0.25)} / ${at(0.5)} / ${at(0.75)}`;
}

async function trace(c: Corpus): Promise<{ steps: Step[]; final: string[] }> {
  const model = loadStoryModel();
  const timeOf = (d: DedupDoc) => {
    const t = d.published ? parseDateText(d.published) : NaN;
    return Number.isFinite(t) ? t : Infinity;
  };
  const order = c.docs.map((d, i) => ({ d, i, t: timeOf(d) })).sort((a, b) => a.t - b.t || a.i - b.i);
  let latest = 0;
  let scored: Candidate[] = [];
  const redirects = new MemoryStoryRedirects();
  const deduper = createDeduper(new MemoryDedupIndex(), {
    model,
    redirects,
    youngStories: youngStoriesFromEnv(),
    now: () => latest,
    onScored: (_doc, s) =>
      (scored = s.map((x) => ({ story: x.story.id, z: x.z, cosine: x.evidence.cosine, x: [...x.evidence.x] }))),
  });
  const raw = new Map<number, string>();
  const steps: Step[] = [];
  for (const { d, i, t } of order) {
    if (Number.isFinite(t)) latest = Math.max(latest, t);
    const before = new Map<number, string>();
    for (const [j, s] of raw) before.set(j, redirects.final(s));
    scored = [];
    const r = await deduper.assign(d);
    raw.set(i, r.storyId);
    const candidates = scored.map((s) => ({ ...s, story: redirects.final(s.story) }));
    const joined = redirects.final(r.storyId);
    steps.push({ at: i, candidates, duplicate: r.duplicateOf !== null, newStory: r.newStory, joined, before });
  }
  return { steps, final: c.docs.map((_, i) => redirects.final(raw.get(i)!)) };
}

async function report(c: Corpus): Promise<void> {
  const { steps, final } = await trace(c);
  const p = pairwise(c.gold, final);
  const causes = new Map<string, number>();
  const count = (k: string) => causes.set(k, (causes.get(k) ?? 0) + 1);
  const cosines: number[] = [];
  const weights = loadStoryModel().pair.weights;
  const sums = { same: weights.map(() => 0), other: weights.map(() => 0), n: { same: 0, other: 0 } };
  for (const s of steps) {
    const b = s.at;
    for (const cand of s.candidates) {
      const golds = [...s.before].filter(([, st]) => st === cand.story).map(([a]) => c.gold[a]);
      if (!golds.length) continue;
      const kind = golds.includes(c.gold[b]) ? 'same' : 'other';
      sums.n[kind]++;
      cand.x.forEach((v, k) => (sums[kind][k]! += v * weights[k]!));
    }
    for (const [a, story] of s.before) {
      if (c.gold[a] !== c.gold[b]) continue;
      const cand = s.candidates.find((x) => x.story === story);
      if (cand) cosines.push(cand.cosine);
      if (final[a] === final[b]) continue;
      const above = cand !== undefined && sigmoid(cand.z) >= 0.5;
      if (s.duplicate) count('duplicate');
      else if (!cand) count('not retrieved');
      else if (!s.newStory) count(above ? 'elsewhere, above bar' : 'elsewhere, below bar');
      else count(above ? 'held' : 'below bar');
    }
  }
  const missed = [...causes].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`${c.name}: F1 ${f3(p.F1)} (P ${f3(p.P)} R ${f3(p.R)}); missed pairs by cause: ${missed || 'none'}`);
  console.log(`  cosine of same-story pairs when scored (q25 / median / q75): ${quartiles(cosines)}`);
  const mean = (kind: 'same' | 'other', k: number) => f3(sums[kind][k]! / (sums.n[kind] || 1));
  const parts = PAIR_FEATURES.map((f, k) => (weights[k] ? `${f} ${mean('same', k)} / ${mean('other', k)}` : ''));
  console.log(
    `  mean log-odds added, same story (${sums.n.same}) / other story (${sums.n.other}): ${parts.filter(Boolean).join(', ')}`,
  );
}

const [name = 'basil', ...rest] = process.argv.slice(2);
const corpus = devCorpora().find((c) => c.name === name);
if (!corpus) {
  console.error(`no corpus ${name}`);
  process.exit(1);
}
for (const words of rest.length ? shortWordsFrom(rest) : [0, 300, 150, 80]) await report(shortTexts(corpus, words));
