// How mixed stories came to be, for development (not part of any benchmark):
//   node dist/bench/story-mixes.js [corpus name, default ecbplus] [shuffle seed, 0 = file order] [--all]
// Clusters the corpus as `deltafeed cluster` does (late merges on), then for every final story holding more than one
// gold story, the wrong pairs it holds and the steps that mixed it: each article that joined a story whose members
// were all of other gold stories ("join"), and each late merge of stories of different gold ("merge"), with the
// size of the stories at that moment and the pair model's log-odds. A summary counts the wrong pairs of mixed stories
// by their first mixing step: a join into a story of one, of two to three, of more, or a merge.
import { createDeduper, type DedupDoc, type PreparedDoc, type ScoredStory } from '../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../src/dedup/memory-index.js';
import { loadStoryModel } from '../src/dedup/story-model.js';
import { PAIR_FEATURES } from '../src/dedup/story-score.js';
import { MemoryStoryRedirects } from '../src/dedup/story-merge.js';
import { shuffled } from '../simulation/prng.js';
import { devCorpora } from './support/corpora.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const all = process.argv.includes('--all');
const name = args[0] ?? 'ecbplus';
const seed = Number(args[1] ?? 0);
const corpus = devCorpora().find((c) => c.name === name);
if (!corpus) throw new Error(`no corpus ${name}`);
const order = seed
  ? shuffled(
      corpus.docs.map((_, i) => i),
      seed,
    )
  : corpus.docs.map((_, i) => i);
const goldOf = new Map(corpus.docs.map((d, i) => [d.id, corpus.gold[i]!]));

/** Members (article ids) of each live story. */
const members = new Map<string, string[]>();
interface Step {
  at: number;
  kind: 'join' | 'merge';
  text: string;
  /** Size of the smaller side when the step mixed two gold stories. */
  small: number;
}
const steps = new Map<string, Step[]>();
let at = 0;
let currentId = '';

class Recording extends MemoryStoryRedirects {
  override merge(survivor: string, absorbed: readonly string[]): Promise<void> {
    const s = this.final(survivor);
    const into = members.get(s) ?? [];
    for (const a of absorbed) {
      const f = this.final(a);
      if (f === s) continue;
      const from = members.get(f) ?? [];
      const gs = new Set(into.map((m) => goldOf.get(m)));
      const mixes = from.some((m) => !gs.has(goldOf.get(m)));
      const log = [...(steps.get(s) ?? []), ...(steps.get(f) ?? [])];
      if (mixes)
        log.push({
          at,
          kind: 'merge',
          small: Math.min(into.length, from.length),
          text: `merge by ${currentId} of ${describeStory(into)} + ${describeStory(from)}`,
        });
      steps.set(s, log);
      steps.delete(f);
      into.push(...from);
      members.set(s, into);
      members.delete(f);
    }
    return super.merge(survivor, absorbed);
  }
}

const describeStory = (ids: readonly string[]) => {
  const c = new Map<string, number>();
  for (const id of ids) c.set(goldOf.get(id)!, (c.get(goldOf.get(id)!) ?? 0) + 1);
  return `[${[...c].map(([g, n]) => `${g} x${n}`).join(', ')}]`;
};
const fx = (s: ScoredStory) =>
  PAIR_FEATURES.map((f, i) => [f, s.evidence.x[i]!] as const)
    .filter(([f, v]) => f !== 'bias' && v !== 0)
    .map(([f, v]) => `${f}=${v.toFixed(2)}`)
    .join(' ');

const redirects = new Recording();
const prepared = new WeakMap<DedupDoc, PreparedDoc>();
let lastScored: readonly ScoredStory[] = [];
const deduper = createDeduper(new MemoryDedupIndex(), {
  model: loadStoryModel(),
  redirects,
  prepared,
  now: () => 0,
  onScored: (_d, s) => (lastScored = s),
});
for (const i of order) {
  const doc = corpus.docs[i]!;
  currentId = doc.id;
  const gold = corpus.gold[i]!;
  lastScored = [];
  const r = await deduper.assign(doc);
  const sid = redirects.final(r.storyId);
  const before = members.get(sid) ?? [];
  if (!r.newStory && before.length && !before.some((m) => goldOf.get(m) === gold)) {
    const pick = lastScored.find((s) => redirects.final(s.story.id) === sid);
    const right = lastScored.filter((s) =>
      (members.get(redirects.final(s.story.id)) ?? []).some((m) => goldOf.get(m) === gold),
    );
    const log = steps.get(sid) ?? [];
    log.push({
      at,
      kind: 'join',
      small: before.length,
      text:
        `join of ${doc.id} [${gold}] "${doc.title.slice(0, 60)}" into ${describeStory(before)} z=${pick?.z.toFixed(2)} (${lastScored.length} candidates)\n` +
        (pick ? `      ${fx(pick)}\n` : '') +
        right.map((s) => `      own story z=${s.z.toFixed(2)} size ${s.story.size}: ${fx(s)}\n`).join(''),
    });
    steps.set(sid, log);
  }
  members.set(sid, [...before, doc.id]);
  at++;
}

let wrongTotal = 0;
const byFirst = new Map<string, { stories: number; pairs: number }>();
const report: { pairs: number; text: string }[] = [];
for (const [sid, ids] of members) {
  const c = new Map<string, number>();
  for (const id of ids) c.set(goldOf.get(id)!, (c.get(goldOf.get(id)!) ?? 0) + 1);
  if (c.size < 2) continue;
  const n = ids.length;
  const same = [...c.values()].reduce((a, k) => a + (k * (k - 1)) / 2, 0);
  const wrong = (n * (n - 1)) / 2 - same;
  wrongTotal += wrong;
  const log = steps.get(sid) ?? [];
  const first = log[0];
  const key = !first
    ? 'unknown'
    : first.kind === 'merge'
      ? 'merge'
      : first.small === 1
        ? 'join into a story of 1'
        : first.small <= 3
          ? 'join into a story of 2-3'
          : 'join into a bigger story';
  const g = byFirst.get(key) ?? { stories: 0, pairs: 0 };
  byFirst.set(key, { stories: g.stories + 1, pairs: g.pairs + wrong });
  report.push({
    pairs: wrong,
    text: `${describeStory(ids)}: ${wrong} wrong pairs\n${log.map((s) => `  #${s.at} ${s.kind}: ${s.text}`).join('\n')}`,
  });
}
console.log(`${name}, ${seed ? `shuffle ${seed}` : 'file order'}: ${wrongTotal} wrong pairs in mixed stories`);
console.log('| first mixing step | stories | wrong pairs |');
for (const [k, g] of [...byFirst].sort((a, b) => b[1].pairs - a[1].pairs))
  console.log(`| ${k} | ${g.stories} | ${g.pairs} |`);
for (const r of report.sort((a, b) => b.pairs - a.pairs).slice(0, all ? undefined : 20)) console.log(`\n${r.text}`);
