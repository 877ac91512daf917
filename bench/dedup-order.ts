// Part "order" of `npm run bench:dedup` (DEDUP_BENCH_PARTS=order): how much story clustering on the real corpora
// depends on the order articles arrive in. Each corpus runs in publication order (what `deltafeed cluster` does),
// reversed, and DEDUP_ORDER_SHUFFLES seeded shuffles (default 10), each article at its own publication time
// whatever its place in the stream, as in the pipeline when feeds are polled late. Undated corpora (ECB+) run as
// one day, so for them every order is a different stream of the same day. Prints pairwise F1 per corpus: in
// publication order, and min / mean / max over the orders.
import { createDeduper, type DedupDoc } from '../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../src/dedup/memory-index.js';
import { MemoryStoryRedirects } from '../src/dedup/story-merge.js';
import { shuffled } from '../simulation/prng.js';
import { pairwise, type PRF } from './support/cluster-metrics.js';
import { CLUSTERS_DIR, devCorpora } from './support/corpora.js';

const SHUFFLES = Number(process.env.DEDUP_ORDER_SHUFFLES ?? 10);
const ONE_DAY = '2020-01-01T12:00:00.000Z';

/** Story of each article (by position in `docs`) when they arrive in `order` (positions). */
async function storiesInOrder(docs: readonly DedupDoc[], order: readonly number[]): Promise<string[]> {
  const redirects = new MemoryStoryRedirects();
  const deduper = createDeduper(new MemoryDedupIndex(), { redirects, now: () => Date.parse(ONE_DAY) });
  const out = new Array<string>(docs.length);
  for (const i of order) out[i] = (await deduper.assign(docs[i]!)).storyId;
  return out.map((s) => redirects.final(s));
}

const f3 = (x: number) => x.toFixed(3);

export async function arrivalOrder(): Promise<void> {
  const corpora = devCorpora();
  if (!corpora.length) {
    console.log(`arrival order: skipped, needs the labelled corpora in ${CLUSTERS_DIR} (or DEDUP_CORPORA)`);
    return;
  }
  console.log(`\n## Arrival order (publication order, reversed, ${SHUFFLES} seeded shuffles)\n`);
  console.log('| corpus | published order F1 (P) | min F1 | mean F1 | max F1 | orders |');
  console.log('|---|---|---|---|---|---|');
  for (const c of corpora) {
    const docs = c.docs.map((d) => ({ ...d, published: d.published ?? ONE_DAY }));
    const time = (i: number) => Date.parse(docs[i]!.published) || 0;
    const idx = docs.map((_, i) => i);
    const byTime = [...idx].sort((a, b) => time(a) - time(b) || a - b);
    const orders = [byTime, [...byTime].reverse(), ...Array.from({ length: SHUFFLES }, (_, s) => shuffled(idx, s + 1))];
    const scores: PRF[] = [];
    for (const order of orders) scores.push(pairwise(c.gold, await storiesInOrder(docs, order)));
    const f1 = scores.map((s) => s.F1);
    const mean = f1.reduce((a, b) => a + b, 0) / f1.length;
    console.log(
      `| ${c.name} | ${f3(scores[0]!.F1)} (${f3(scores[0]!.P)}) | ${f3(Math.min(...f1))} | ${f3(mean)} | ${f3(Math.max(...f1))} | ${orders.length} |`,
    );
  }
}
