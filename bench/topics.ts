// npm run bench:topics: how fast are topic matching, the topic engine and revision diffs on real articles?
//
// Reads the 300 BASIL articles from ../shared/data/clusters/basil.jsonl at run time (never copied here).
// 1. Query matching: 40 queries against every article, text prepared once per article (as the pipeline does)
//    versus the baseline of matching the raw string each time (folding and splitting it again per query).
// 2. The topic engine: applyArticle over every article in date order for two broad topics, against the
//    baseline of only splitting and preparing the sentences (the floor any engine pays).
// 3. Revision diffs: each article against a noise-only re-render (stamps, counters, spacing) and against a
//    real edit (a reworded sentence, a changed number, a new paragraph), versus the baseline of one jsdiff
//    word diff of the whole text. Also counts how many noise-only versions made no revision (target: all).
import { readFileSync } from 'node:fs';
import { diffWordsWithSpace } from 'diff';
import { compileQuery, matchQuery, prepareText } from '../src/topics/query.js';
import { applyArticle, compileTopic, type TopicState } from '../src/topics/engine.js';
import { splitParagraphs } from '../src/text/sentences.js';
import { diffVersions } from '../src/diff/versions.js';

interface Row {
  id: string;
  title: string;
  text: string;
  date: string;
  source: string;
  cluster: string;
  url?: string;
}

const FILE = process.env.BASIL ?? '../shared/data/clusters/basil.jsonl';
const rows: Row[] = readFileSync(FILE, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row)
  .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

function time(fn: () => void, minMs = 300): number {
  fn(); // warm-up
  let n = 0;
  const start = performance.now();
  do {
    fn();
    n++;
  } while (performance.now() - start < minMs);
  return (performance.now() - start) / n;
}

const fmt = (x: number, d = 2) => x.toFixed(d);

// 1. Query matching.
const TERMS = [
  'obama',
  'romney',
  'tax*',
  'health*',
  'war',
  'senat*',
  'court',
  'vote*',
  'immigra*',
  'budget',
  'clinton',
  'congress',
  'gun*',
  'iran',
  'trump',
];
const queries = Array.from({ length: 40 }, (_, i) => {
  const a = TERMS[i % TERMS.length]!;
  const b = TERMS[(i * 7 + 3) % TERMS.length]!;
  const c = TERMS[(i * 11 + 5) % TERMS.length]!;
  return compileQuery(`(${a} OR "white house") AND (${b} OR ${c}) NOT "${c} ${a}"`);
});
let hitsRaw = 0;
let hitsPrepared = 0;
const rawMs = time(() => {
  hitsRaw = 0;
  for (const r of rows) for (const q of queries) if (matchQuery(q, r.text)) hitsRaw++;
});
const preparedMs = time(() => {
  hitsPrepared = 0;
  for (const r of rows) {
    const pt = prepareText(r.text);
    for (const q of queries) if (matchQuery(q, pt)) hitsPrepared++;
  }
});
const pairs = rows.length * queries.length;
console.log(
  `query matching: ${rows.length} articles x ${queries.length} queries, ${hitsPrepared} matches (raw: ${hitsRaw})`,
);
console.log(`  baseline, raw text per query: ${fmt(rawMs)} ms  (${fmt(pairs / rawMs, 0)} matches tested/ms)`);
console.log(`  prepared once per article:    ${fmt(preparedMs)} ms  (${fmt(pairs / preparedMs, 0)} matches tested/ms)`);
console.log(`  speed-up: ${fmt(rawMs / preparedMs)}x`);

// 2. The topic engine.
const topics = [
  compileTopic({
    id: 'obama-taxes',
    title: 'Obama and taxes',
    query: '(obama OR "white house") AND (tax* OR budget OR deficit*)',
    statuses: [{ id: 'deal', label: 'Deal', when: 'deal OR compromise' }],
  }),
  compileTopic({
    id: 'courts',
    title: 'Courts',
    query: '(court OR justice* OR judge*) AND (rul* OR decision)',
    statuses: [],
  }),
];
let updates = 0;
let claims = 0;
let matched = 0;
const engineMs = time(() => {
  updates = claims = matched = 0;
  for (const topic of topics) {
    let state: TopicState | null = null;
    rows.forEach((r, i) => {
      const res = applyArticle(
        topic,
        state,
        {
          id: r.id,
          url: r.url ?? `https://example.org/${r.id}`,
          source: r.source,
          title: r.title,
          text: r.text,
          storyId: r.cluster,
          storyTitle: r.title,
          isRevision: false,
        },
        new Date(Date.UTC(2020, 0, 1, 0, i)).toISOString(),
      );
      state = res.state;
      if (res.matched) matched++;
      if (res.update) updates++;
    });
    claims += state!.claims.length;
  }
}, 1000);
const floorMs = time(() => {
  for (const _t of topics)
    for (const r of rows) for (const p of splitParagraphs(r.text)) for (const s of p) prepareText(s);
});
const applied = rows.length * topics.length;
console.log(
  `\ntopic engine: ${applied} articles through ${topics.length} topics, ${matched} matched, ${updates} updates, ${claims} claims kept`,
);
console.log(`  baseline, split + prepare sentences only: ${fmt(floorMs / applied, 3)} ms/article`);
console.log(
  `  applyArticle:                            ${fmt(engineMs / applied, 3)} ms/article (${fmt(engineMs / floorMs)}x the baseline)`,
);

// 3. Revision diffs.
function noisy(text: string): string {
  return `Updated 3:15 p.m. ET\n\n${text.replace(/ /g, '  ').replace(/\n\n/g, '\n\n  ')}\n\n1,234 comments`;
}
function edited(text: string): string {
  const paras = text.split('\n\n');
  const mid = Math.floor(paras.length / 2);
  paras[mid] = (paras[mid] ?? '')
    .replace(/\b(said|says|told)\b/, 'insisted')
    .replace(/\d+/, (n) => String(Number(n) + 1));
  paras.push('Correction: an earlier version of this article misstated the date of the vote.');
  return paras.join('\n\n');
}
let noiseNull = 0;
let realFound = 0;
const noisyRows = rows.map((r) => ({
  before: { title: r.title, text: r.text },
  noise: { title: r.title, text: noisy(r.text) },
  edit: { title: r.title, text: edited(r.text) },
}));
const diffMs = time(() => {
  noiseNull = realFound = 0;
  for (const v of noisyRows) {
    if (diffVersions(v.before, v.noise) === null) noiseNull++;
    if (diffVersions(v.before, v.edit) !== null) realFound++;
  }
});
const wordMs = time(() => {
  for (const v of noisyRows) {
    diffWordsWithSpace(v.before.text, v.noise.text);
    diffWordsWithSpace(v.before.text, v.edit.text);
  }
});
console.log(`\nrevision diffs: ${rows.length} articles x (noise-only, real edit)`);
console.log(
  `  noise-only versions with no revision: ${noiseNull}/${rows.length}; real edits found: ${realFound}/${rows.length}`,
);
console.log(`  baseline, jsdiff word diff of the whole text: ${fmt(wordMs / (2 * rows.length), 3)} ms/diff`);
console.log(
  `  diffVersions:                                 ${fmt(diffMs / (2 * rows.length), 3)} ms/diff (${fmt(diffMs / wordMs)}x the baseline)`,
);
