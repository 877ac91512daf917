// Error analysis of story clustering on a labelled corpus, for development (not part of any benchmark):
//   node dist/bench/story-errors.js [corpus name, default ecbplus] [shuffle seed, 0 = file order] [--all]
// Every decision that went wrong, grouped by cause, with the pair features of the decision:
//   merge/first-of-incident  the first article of a gold story joined another story (it had nowhere right to go)
//   merge/wrong-story        the article's gold story was there, another story won
//   merge/into-mixed-story   its incident's articles are only in stories of another incident (an earlier merge)
//   split/not-retrieved      the gold story existed but was not among the scored candidates
//   split/below-bar          the gold story was the best candidate, the join model said no
//   split/outscored          the gold story was scored, another candidate was better and the join said no
// "same topic" marks an ECB+ confusion between the two incidents of one kind of event. A story's gold label is the
// label most of its articles have. Prints a summary table, then (with --all, or the first 40) the cases.
import { writeFileSync } from 'node:fs';
import { createDeduper, type DedupDoc, type PreparedDoc, type ScoredStory } from '../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../src/dedup/memory-index.js';
import { loadStoryModel } from '../src/dedup/story-model.js';
import { PAIR_FEATURES } from '../src/dedup/story-score.js';
import { MemoryStoryRedirects } from '../src/dedup/story-merge.js';
import { shuffled } from '../simulation/prng.js';
import { devCorpora } from './support/corpora.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const all = process.argv.includes('--all');
// --dump=FILE: every scored candidate as a JSON line {doc, gold, story, size, x, z, picked}, for exploring features.
const dumpTo = process.argv.find((a) => a.startsWith('--dump='))?.slice(7);
const dump: string[] = [];
const name = args[0] ?? 'ecbplus';
const seed = Number(args[1] ?? 0);
const corpus = devCorpora().find((c) => c.name === name);
if (!corpus) throw new Error(`no corpus ${name}`);
const model = loadStoryModel();
const idx = corpus.docs.map((_, i) => i);
const order = seed ? shuffled(idx, seed) : idx;
const goldOf = new Map(corpus.docs.map((d, i) => [d.id, corpus.gold[i]!]));
const topic = (g: string) => g.split('_')[0];

const prepared = new WeakMap<DedupDoc, PreparedDoc>();
const termName = new Map<number, string>();
const redirects = new MemoryStoryRedirects();
let lastScored: readonly ScoredStory[] = [];
const deduper = createDeduper(new MemoryDedupIndex(), {
  model,
  redirects,
  prepared,
  now: () => Date.parse('2020-01-01T12:00:00Z'),
  onScored: (_doc, scored) => (lastScored = scored),
});
/** Gold labels of each story's members, by story id (through redirects). */
const members = new Map<string, string[]>();
const titleOf = new Map<string, string>();
const majority = (gs: readonly string[]) => {
  const m = new Map<string, number>();
  for (const g of gs) m.set(g, (m.get(g) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '?';
};
const storyGold = (id: string) => majority(members.get(redirects.final(id)) ?? []);

interface Case {
  cause: string;
  sameTopic: boolean;
  /** Wrong pairs this decision made at once (members of another gold story it joined). */
  pairs: number;
  text: string;
}
const cases: Case[] = [];
const fx = (s: ScoredStory) =>
  PAIR_FEATURES.map((f, i) => [f, s.evidence.x[i]!] as const)
    .filter(([f, v]) => f !== 'bias' && v !== 0)
    .map(([f, v]) => `${f}=${v.toFixed(2)}`)
    .join(' ');
const shared = (doc: DedupDoc, s: ScoredStory) => {
  const ids = new Set(prepared.get(doc)!.list.ids);
  return s.story.terms
    .filter((t) => ids.has(t))
    .map((t) => termName.get(t) ?? `#${t}`)
    .slice(0, 14)
    .join(', ');
};
const unshared = (doc: DedupDoc, s: ScoredStory) => {
  const ids = new Set(prepared.get(doc)!.list.ids);
  return s.story.terms
    .filter((t) => !ids.has(t) && !(termName.get(t) ?? 'w').startsWith('w'))
    .map((t) => termName.get(t) ?? `#${t}`)
    .slice(0, 10)
    .join(', ');
};

for (const i of order) {
  const doc = corpus.docs[i]!;
  const gold = corpus.gold[i]!;
  lastScored = [];
  const r = await deduper.assign(doc);
  const p = prepared.get(doc)!;
  p.list.ids.forEach((id, k) => termName.set(id, p.list.names[k]!));
  const sid = redirects.final(r.storyId);
  const existed = [...members.keys()].some((k) => storyGold(k) === gold);
  const mixed = !existed && [...members.values()].some((gs) => gs.includes(gold));
  const goldAt = lastScored.findIndex((s) => storyGold(s.story.id) === gold);
  const describeCand = (s: ScoredStory) =>
    `    ${storyGold(s.story.id)} size ${s.story.size} z=${s.z.toFixed(2)} "${titleOf.get(redirects.final(s.story.id))?.slice(0, 70)}"\n      ${fx(s)}\n      shared: ${shared(doc, s)}\n      story-only names: ${unshared(doc, s)}`;
  for (const s of lastScored)
    dump.push(
      JSON.stringify({
        doc: doc.id,
        gold,
        story: storyGold(s.story.id),
        size: s.story.size,
        x: [...s.evidence.x],
        z: s.z,
        picked: redirects.final(s.story.id) === sid,
      }),
    );
  const head = `${doc.id} [${gold}] "${doc.title.slice(0, 90)}"`;
  if (!r.newStory && !r.duplicateOf) {
    const sg = storyGold(sid);
    if (sg !== gold) {
      const wrong = (members.get(sid) ?? []).filter((g) => g !== gold).length;
      const pick = lastScored.find((s) => redirects.final(s.story.id) === sid);
      cases.push({
        cause: existed
          ? goldAt >= 0
            ? 'merge/wrong-story'
            : 'merge/gold-not-retrieved'
          : mixed
            ? 'merge/into-mixed-story'
            : 'merge/first-of-incident',
        sameTopic: topic(sg) === topic(gold),
        pairs: wrong,
        text: `${head}\n  joined ${sg} (join ${r.features.join})\n${pick ? describeCand(pick) : ''}${goldAt >= 0 ? `\n  gold candidate:\n${describeCand(lastScored[goldAt]!)}` : ''}`,
      });
    }
  } else if (r.newStory && existed) {
    const best = lastScored.reduce<ScoredStory | null>((m, s) => (!m || s.z > m.z ? s : m), null);
    const cause =
      goldAt < 0 ? 'split/not-retrieved' : best === lastScored[goldAt] ? 'split/below-bar' : 'split/outscored';
    const goldSize = [...members.values()].reduce((n, gs) => n + gs.filter((g) => g === gold).length, 0);
    cases.push({
      cause,
      sameTopic: best ? topic(storyGold(best.story.id)) === topic(gold) : false,
      pairs: goldSize,
      text: `${head}\n  new story (join ${r.features.join ?? '-'}), ${lastScored.length} candidates\n${goldAt >= 0 ? describeCand(lastScored[goldAt]!) : '    (gold story not scored)'}${best && best !== lastScored[goldAt] ? `\n  best:\n${describeCand(best)}` : ''}`,
    });
  }
  const list = members.get(sid) ?? [];
  list.push(gold);
  members.set(sid, list);
  if (!titleOf.has(sid)) titleOf.set(sid, doc.title);
  // Absorbed stories' members now count for the survivor.
  for (const [k, gs] of [...members]) {
    const f = redirects.final(k);
    if (f !== k) {
      members.set(f, [...(members.get(f) ?? []), ...gs]);
      members.delete(k);
    }
  }
}

if (dumpTo) writeFileSync(dumpTo, dump.join('\n') + '\n');
const groups = new Map<string, { n: number; pairs: number; same: number }>();
for (const c of cases) {
  const g = groups.get(c.cause) ?? { n: 0, pairs: 0, same: 0 };
  groups.set(c.cause, { n: g.n + 1, pairs: g.pairs + c.pairs, same: g.same + (c.sameTopic ? 1 : 0) });
}
console.log(
  `${name}, ${seed ? `shuffle ${seed}` : 'file order'}: ${cases.length} wrong decisions (gold ${goldOf.size} articles)`,
);
console.log('| cause | decisions | same topic | pairs at stake |');
for (const [k, g] of [...groups].sort()) console.log(`| ${k} | ${g.n} | ${g.same} | ${g.pairs} |`);
const shown = all ? cases : [...cases].sort((a, b) => b.pairs - a.pairs).slice(0, 40);
for (const c of shown) console.log(`\n[${c.cause}${c.sameTopic ? ', same topic' : ''}, ${c.pairs} pairs] ${c.text}`);
