// Hindsight splits (src/dedup/story-split.ts, issue 16), for development: each development corpus in file order
// and, undated ones, in N seeded shuffles, with no split and with each rule given:
//   node dist/bench/story-split.js N RULE [RULE ...] [--cuts] [--retimed=S]    e.g. 3 linkage,ratio=0.5 kmeans,ratio=0.4
// Per rule and corpus: pairwise P/R/F1 (file order; shuffles mean), how many stories were cut and how many cuts
// were right (every group purer, by its commonest gold story, than the story it was cut from). --cuts prints each
// cut in file order: the gold stories of each group, and the similarity between the halves / within each, then the
// same on names (e:/p: terms) and the unsaid share of each half's 5 strongest names (story-split-names.ts), and
// the hours from the earlier half's last article to the later half's first (negative: they interleave).
import { clusterArticles } from '../src/cli/cluster.js';
import type { StorySplit } from '../src/cli/cluster-split.js';
import { loadStoryModel } from '../src/dedup/story-model.js';
import { parseSplitRule } from '../src/dedup/story-split.js';
import { shuffled } from '../simulation/prng.js';
import { pairwise, type PRF } from './support/cluster-metrics.js';
import { devCorpora, type Corpus } from './support/corpora.js';
import { retimed } from './support/retime.js';

const f3 = (x: number) => x.toFixed(3);
const showCuts = process.argv.includes('--cuts');
// --retimed=S: each corpus on retime.ts's synthetic calendar of seed S, at the 14-day reach, instead.
const retimeSeed = Number(process.argv.find((a) => a.startsWith('--retimed='))?.slice(10) ?? 0);
const [n = '3', ...rules] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const model = loadStoryModel();

const purity = (ids: readonly string[], goldOf: Map<string, string>) => {
  const c = new Map<string, number>();
  for (const id of ids) c.set(goldOf.get(id)!, (c.get(goldOf.get(id)!) ?? 0) + 1);
  return Math.max(...c.values()) / ids.length;
};

async function run(c: Corpus, rule: string, order: number[]) {
  const splits: StorySplit[] = [];
  const docs = order.map((i) => c.docs[i]!);
  const got = await clusterArticles(docs, {
    model,
    split: parseSplitRule(rule),
    onSplit: (s) => splits.push(s),
    storyWindowMs: retimeSeed ? 14 * 86_400_000 : undefined,
  });
  const goldOf = new Map(c.docs.map((d, i) => [d.id, c.gold[i]!]));
  if (showCuts && order.every((x, i) => x === i))
    for (const s of splits) {
      const groups = s.groups.map((g) => {
        const m = new Map<string, number>();
        for (const id of g) m.set(goldOf.get(id)!, (m.get(goldOf.get(id)!) ?? 0) + 1);
        return [...m].map(([k, v]) => `${k.slice(0, 16)} x${v}`).join(', ');
      });
      const cuts = s.cuts
        .map((x) => {
          const nm = x.names;
          return `${f3(x.between)} / ${x.within.map(f3).join(', ')} names ${f3(nm.between)} / ${nm.within.map(f3).join(', ')} unsaid ${f3(nm.unsaid)} gap ${x.gapHours.toFixed(0)}h`;
        })
        .join('; ');
      console.log(`  ${c.name} ${rule} cut: ${groups.join(' | ')}  ${cuts}`);
    }
  const right = splits.filter((s) => {
    const whole = purity(s.groups.flat(), goldOf);
    return s.groups.every((g) => purity(g, goldOf) > whole);
  }).length;
  const prf = pairwise(
    order.map((i) => c.gold[i]!),
    got.map((a) => a.storyId),
  );
  return { prf, splits: splits.length, right };
}

for (const whole of devCorpora()) {
  const c = retimeSeed ? retimed(whole, retimeSeed) : whole;
  const undated = c.docs.every((d) => !d.published);
  const orders = [c.docs.map((_, i) => i)];
  if (undated)
    for (let s = 1; s <= Number(n); s++)
      orders.push(
        shuffled(
          c.docs.map((_, i) => i),
          s,
        ),
      );
  for (const rule of ['off', ...rules]) {
    const rs: Awaited<ReturnType<typeof run>>[] = [];
    for (const o of orders) rs.push(await run(c, rule, o));
    const mean = (k: keyof PRF, xs = rs.slice(1)) => f3(xs.reduce((a, r) => a + r.prf[k], 0) / (xs.length || 1));
    const file = rs[0]!;
    const sh = rs.length > 1 ? `; ${rs.length - 1} shuffles F1 ${mean('F1')} (P ${mean('P')} R ${mean('R')})` : '';
    const cuts = rs.map((r) => `${r.right}/${r.splits}`).join(' ');
    console.log(
      `${c.name} ${rule}: file F1 ${f3(file.prf.F1)} (P ${f3(file.prf.P)} R ${f3(file.prf.R)})${sh}; right/cut ${cuts}`,
    );
  }
}
