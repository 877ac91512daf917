// Every hindsight cut (src/dedup/story-split.ts, issue 16) with its features and its label, one JSON line each,
// for choosing a gate (bench/story-split-gate.ts reads these lines):
//   node dist/bench/story-split-cuts.js SETTING N RULE [RULE ...] [--retimed=1,2,3] > cuts.jsonl
// Without --retimed: each development corpus in file order and, undated ones (ECB+), in N seeded shuffles. With
// it: each corpus on retime.ts's calendar (RETIME_SPAN_DAYS) for each seed listed, at the 14-day reach. SETTING is
// copied to every line (e.g. undated, d180, d30, d7). A cut is "right" when each half is purer (by its commonest
// gold story) than the two together, as story-split.js counts a story; "same" / "diff" are the pairs across the
// halves of one gold story / of two (what the cut costs in recall / gives in precision).
import { clusterArticles } from '../src/cli/cluster.js';
import { factorsOf, type StorySplit } from '../src/cli/cluster-split.js';
import { articleTerms } from '../src/dedup/features.js';
import { loadStoryModel } from '../src/dedup/story-model.js';
import { parseSplitRule, tfidfVector } from '../src/dedup/story-split.js';
import { IDF_PRIOR_DOCS } from '../src/dedup/story-vector.js';
import { parseDateText } from '../src/util/dates.js';
import { shuffled } from '../simulation/prng.js';
import { pairwise } from './support/cluster-metrics.js';
import { devCorpora, type Corpus } from './support/corpora.js';
import { retimed } from './support/retime.js';
import { cutFeatures, type RunView } from './story-split-features.js';

const REACH = 14 * 86_400_000;
const args = process.argv.slice(2);
const seeds = (args.find((a) => a.startsWith('--retimed='))?.slice(10) ?? '').split(',').filter(Boolean).map(Number);
const [setting = 'undated', n = '0', ...rules] = args.filter((a) => !a.startsWith('--'));
const model = loadStoryModel();

const purity = (ids: readonly string[], goldOf: ReadonlyMap<string, string>) => {
  const c = new Map<string, number>();
  for (const id of ids) c.set(goldOf.get(id)!, (c.get(goldOf.get(id)!) ?? 0) + 1);
  return Math.max(...c.values()) / ids.length;
};

/** What the features read that does not depend on the run: vectors (whole-stream IDF) and title words. */
function corpusView(c: Corpus) {
  const factors = c.docs.map(factorsOf);
  const df = new Map<string, number>();
  for (const f of factors) for (const t of f.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const at = (keep: number) =>
    new Map(c.docs.map((d, i) => [d.id, tfidfVector(factors[i]!, df, c.docs.length, IDF_PRIOR_DOCS, keep)]));
  const titleWords = new Map(
    c.docs.map((d) => [
      d.id,
      new Set([...articleTerms(d.title, '').tf.keys()].filter((t) => t.startsWith('t:'))) as ReadonlySet<string>,
    ]),
  );
  const time = new Map(c.docs.map((d) => [d.id, d.published ? parseDateText(d.published) : NaN]));
  return { full: at(0), top24: at(24), top48: at(48), titleWords, time };
}

async function run(c: Corpus, base: ReturnType<typeof corpusView>, rule: string, order: number[], label: string) {
  const splits: StorySplit[] = [];
  const docs = order.map((i) => c.docs[i]!);
  const dated = docs.some((d) => d.published);
  const got = await clusterArticles(docs, {
    model,
    split: parseSplitRule(rule),
    onSplit: (s) => splits.push(s),
    storyWindowMs: seeds.length ? REACH : undefined,
  });
  // The stream as clusterArticles saw it: by time, then input order.
  const t = (k: number) => base.time.get(docs[k]!.id)!;
  const streamOrder = docs
    .map((d, k) => k)
    .sort((x, y) => (Number.isFinite(t(x)) ? t(x) : Infinity) - (Number.isFinite(t(y)) ? t(y) : Infinity) || x - y)
    .map((k) => docs[k]!.id);
  const view: RunView = {
    ...base,
    order: streamOrder,
    pos: new Map(streamOrder.map((id, k) => [id, k])),
    storyOf: new Map(got.map((a) => [a.id, a.storyId])),
    reachMs: dated && seeds.length ? REACH : Infinity,
  };
  const goldOf = new Map(c.docs.map((d, i) => [d.id, c.gold[i]!]));
  const online = parseSplitRule(rule)?.online ?? false;
  const prf = pairwise(
    order.map((i) => c.gold[i]!),
    got.map((a) => a.storyId),
  );
  for (const s of splits)
    for (const trace of s.traces) {
      const [a, b] = trace.halves;
      const whole = purity([...a, ...b], goldOf);
      let same = 0;
      for (const x of a) for (const y of b) if (goldOf.get(x) === goldOf.get(y)) same++;
      const gold = (g: readonly string[]) => [...new Set(g.map((id) => goldOf.get(id)!))].join('+');
      console.log(
        JSON.stringify({
          setting,
          corpus: c.name,
          run: label,
          rule,
          runF1: prf.F1,
          right: purity(a, goldOf) > whole && purity(b, goldOf) > whole,
          same,
          diff: a.length * b.length - same,
          gold: `${gold(a)} | ${gold(b)}`,
          ...cutFeatures(trace, view, online),
        }),
      );
    }
}

for (const whole of devCorpora()) {
  const variants = seeds.length ? seeds.map((s) => retimed(whole, s)) : [whole];
  for (const c of variants) {
    const base = corpusView(c);
    const orders: [number[], string][] = [[c.docs.map((_, i) => i), 'file']];
    if (!seeds.length && c.docs.every((d) => !d.published))
      for (let s = 1; s <= Number(n); s++)
        orders.push([
          shuffled(
            c.docs.map((_, i) => i),
            s,
          ),
          `shuffle-${s}`,
        ]);
    for (const rule of rules) for (const [o, label] of orders) await run(c, base, rule, o, label);
  }
}
