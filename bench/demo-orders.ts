// The demo's stream in many arrival orders, for development (issue 16: "the same stories in every arrival
// order"); the test (test/dedup/arrival-order.test.ts) tries fewer, this scans many and explains the wrong ones:
//   node dist/bench/demo-orders.js [N] [--trace]   seeded shuffles 1..N (default 1,000), plus publication order
//                                                   and reversed: how many give the scenario's stories; with
//                                                   --trace, every step of each wrong order (the article, its
//                                                   candidates' probabilities, the decision, the merges)
// STORY_YOUNG as for story-eval.js (bench/support/young-env.ts); DELTAFEED_STORY_SPLIT as for `deltafeed cluster`
// (hindsight splits at the end of each order, src/cli/cluster-split.ts).
import { articles } from '../seeds/corpus/index.js';
import { demoDoc } from '../seeds/demo-docs.js';
import { demoScenario } from '../seeds/scenario.js';
import { createDeduper, type DedupDoc } from '../src/dedup/deduper.js';
import { sigmoid } from '../src/dedup/logistic.js';
import { MemoryDedupIndex } from '../src/dedup/memory-index.js';
import { shuffled } from '../simulation/prng.js';
import { youngStoriesFromEnv } from './support/young-env.js';
import { splitFinishedStories } from '../src/cli/cluster-split.js';
import { ClusterGroups, NotedRedirects } from '../src/cli/cluster-groups.js';
import { SHIPPED_SPLIT_RULE, splitRuleFromEnv } from '../src/dedup/story-split.js';

/** A partition as one string: equal partitions give equal strings whatever the story ids. */
function partition(storyOf: ReadonlyMap<string, string>): string {
  const groups = new Map<string, string[]>();
  for (const [id, s] of storyOf) groups.set(s, [...(groups.get(s) ?? []), id]);
  return [...groups.values()]
    .map((g) => g.sort().join(' + '))
    .sort()
    .join(' | ');
}

const youngStories = youngStoriesFromEnv();
const split = splitRuleFromEnv();
let splits = 0;
const keyOf = new Map(demoScenario.articles.map((a) => [a.id, a.story]));
const expected = partition(keyOf);

/** One order through the deduper: its partition, and the steps in words when `trace` is set. */
async function run(order: readonly DedupDoc[], trace: boolean): Promise<{ got: string; steps: string[] }> {
  const redirects = new NotedRedirects();
  const steps: string[] = [];
  const founder = new Map<string, string>(); // story id -> the article that started it, for readable traces
  const name = (s: string) => founder.get(redirects.final(s)) ?? founder.get(s) ?? s;
  const merge = redirects.merge.bind(redirects);
  redirects.merge = (survivor: string, absorbed: readonly string[]) => {
    if (trace) steps.push(`    merge: ${absorbed.map(name).join(', ')} into ${name(survivor)}`);
    return merge(survivor, absorbed);
  };
  let scores = '';
  const index = new MemoryDedupIndex();
  const deduper = createDeduper(index, {
    redirects,
    youngStories,
    now: () => Date.parse('2030-01-01'),
    onScored: (_doc, scored) => {
      scores = scored.map((s) => `${name(s.story.id)}[${s.story.size}] ${sigmoid(s.z).toFixed(3)}`).join(', ');
    },
  });
  const storyOf = new Map<string, string>();
  const online = split?.online ? new ClusterGroups(split, index, redirects) : null;
  for (const d of order) {
    scores = '';
    const at = steps.length;
    const r = await deduper.assign(d);
    await online?.add(d, r.storyId);
    if (r.newStory) founder.set(r.storyId, d.id);
    storyOf.set(d.id, r.storyId);
    if (trace) {
      const what = r.duplicateOf ? `copy of ${r.duplicateOf}` : r.newStory ? 'new story' : `joins ${name(r.storyId)}`;
      steps.splice(at, 0, `  ${d.id} (${keyOf.get(d.id)}): ${what} at ${r.score}; candidates: ${scores || 'none'}`);
    }
  }
  for (const [id, s] of storyOf) storyOf.set(id, redirects.final(s));
  if (online) {
    const ids = online.storyIds(() => splits++);
    for (const d of order) storyOf.set(d.id, ids.get(d.id) ?? storyOf.get(d.id)!);
  } else if (split) {
    const ids = splitFinishedStories(order, [...storyOf.values()], split, undefined, (s) => {
      splits++;
      if (trace) steps.push(`    split: ${s.groups.map((g) => g.join(' + ')).join(' | ')}`);
    });
    order.forEach((d, i) => storyOf.set(d.id, ids[i]!));
  }
  return { got: partition(storyOf), steps };
}

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);
const trace = process.argv.includes('--trace');
const docs = articles.map(demoDoc);
const byTime = [...docs].sort((a, b) => Date.parse(a.published!) - Date.parse(b.published!));
const orders: [string, DedupDoc[]][] = [
  ['publication', byTime],
  ['reversed', [...byTime].reverse()],
  ...Array.from({ length: n }, (_, s): [string, DedupDoc[]] => [`seed ${s + 1}`, shuffled(docs, s + 1)]),
];
const outcomes = new Map<string, string[]>();
let wrong = 0;
for (const [label, order] of orders) {
  const { got, steps } = await run(order, trace);
  if (got === expected) continue;
  wrong++;
  outcomes.set(got, [...(outcomes.get(got) ?? []), label]);
  if (trace) console.log(`${label}: ${order.map((d) => d.id).join(' ')}\n${steps.join('\n')}\n  got ${got}\n`);
}
console.log(`expected: ${expected}`);
console.log(`wrong: ${wrong} of ${orders.length} orders (publication, reversed, seeds 1-${n})`);
if (split)
  console.log(`hindsight splits (${process.env.DELTAFEED_STORY_SPLIT || SHIPPED_SPLIT_RULE}): ${splits} stories cut`);
for (const [got, labels] of outcomes) console.log(`  ${labels.length} x ${got}\n    ${labels.join(', ')}`);
