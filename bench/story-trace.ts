// Why same-story pairs are missed on the re-timed corpora (issue 16, stories that come back), for development:
//   node dist/bench/story-trace.js [N]   each corpus, whole and cut to small stories, re-timed in N seeds
//                                        (default 3; bench/support/retime.ts), clustered as `deltafeed cluster`
//                                        does; every missed same-story pair (a before b) by what happened when b
//                                        came, next to what plain TF-IDF (7 days, 0.25) gets of it.
// A pair is missed when b, the later article, did not join the story a was in then, and no merge united them
// after. Causes, at b's decision:
//   split before    b joined another part of its own story (a and that part were already apart)
//   other story     b joined a story with none of its own
//   beyond reach    a's story was last active more than the reach before b
//   not retrieved   in reach, but not among the candidates the postings found
//   gap prior       a's story scored at or above the bar without the gap prior, below with it
//   below bar       below the bar without the gap prior: short gap (3 days or less) or long
//   one waiting     a's story of one was the best pick, held back by the young rule and never merged
// Wrong pairs (a before b, one final story, two gold stories) are put down to b's decision too: b joined a's story
// by the model (b's own story had no earlier article: first of its story; or it had: own story scored, or not
// scored) or from the long memory, or a later merge united them; and by time: the gap to the story joined was 3
// days or less, or more and shared evidence took the gap's cost away (below the bar with the full cost), or more.
// TRACE_WORDS=N cuts every text to its first N words first (short-texts.ts): with RETIME_SPAN_DAYS, the small rows
// are then the cells of `story-eval.js local` (the held-out local news's shape).
// STORY_REACH (first value), STORY_GAP, STORY_YOUNG and DELTAFEED_STORY_MODEL as for story-eval.js.
import { createDeduper, type DedupDoc, type ScoredStory } from '../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../src/dedup/memory-index.js';
import { MemoryStoryRedirects } from '../src/dedup/story-merge.js';
import { loadStoryModel } from '../src/dedup/story-model.js';
import { gapEvidence, gapLogOdds, STORY_GAP_PRIOR, STORY_REACH_MS } from '../src/dedup/story-time.js';
import { parseDateText } from '../src/util/dates.js';
import { devCorpora, type Corpus } from './support/corpora.js';
import { gapPriorFromEnv, memoryFromEnv, reachesFromEnv, retimed } from './support/retime.js';
import { smallStories } from './support/small-stories.js';
import { shortTexts } from './support/short-texts.js';
import { tfidfClusters, tfidfNearest } from './support/tfidf.js';
import { youngStoriesFromEnv } from './support/young-env.js';

const DAY = 86_400_000;
const CAUSES = [
  'split before',
  'other story',
  'beyond reach',
  'not retrieved',
  'gap prior',
  'below bar, gap <= 3d',
  'below bar, gap > 3d',
  'one waiting',
] as const;
type Cause = (typeof CAUSES)[number];

interface Seen {
  /** Story id (as decided, before redirects) of each processed article, by position in the corpus. */
  story: Map<number, string>;
  time: number[];
}

interface Trace {
  /** Wrong pairs by cause (see WrongCause), and in all. */
  wrong: Map<WrongCause, number>;
  wrongPairs: number;
  /** Same-story pairs a later merge united (b did not join a's story then). */
  mergeRight: number;
  causes: Map<Cause, number>;
  /** Of each cause, the pairs plain TF-IDF gets (same TF-IDF story). */
  tfidfGets: Map<Cause, number>;
  /** Of the below-bar pairs: a's story of one, and of more articles. */
  belowLone: number;
  belowGroup: number;
  /** Of the below-bar pairs with a gap over 3 days: how far the z (without the prior) was under the bar. */
  belowZ: number[];
  /** Of the gap-prior pairs: the gap in days. */
  gapDays: number[];
  missed: number;
  pairs: number;
  tfidfMissedWeGet: number;
  /** Missed pairs whose later article's nearest earlier article (plain TF-IDF, any gap) is a's story's, cos >= 0.25. */
  nearestLink: number;
}

/** Why a wrong pair was made (see the header): what b did, and the gap to the story it joined. */
type WrongWhy = 'first of its story' | 'own story scored' | 'own story not scored' | 'memory';
type WrongTime = 'gap <= 3d' | 'gap > 3d, outweighed' | 'gap > 3d';
type WrongCause = `${WrongWhy}: ${WrongTime}` | 'merge later';

const emptyTrace = (): Trace => ({
  wrong: new Map(),
  wrongPairs: 0,
  mergeRight: 0,
  causes: new Map(),
  tfidfGets: new Map(),
  belowLone: 0,
  belowGroup: 0,
  belowZ: [],
  gapDays: [],
  missed: 0,
  pairs: 0,
  tfidfMissedWeGet: 0,
  nearestLink: 0,
});

function bump<K>(m: Map<K, number>, k: K, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

async function trace(c: Corpus, out: Trace): Promise<void> {
  const reach = process.env.STORY_REACH ? reachesFromEnv()[0]!.ms : STORY_REACH_MS;
  const gapPrior = gapPriorFromEnv() ?? STORY_GAP_PRIOR;
  const timeOf = (d: DedupDoc) => (d.published ? parseDateText(d.published) : 0);
  const order = c.docs.map((d, i) => ({ i, t: timeOf(d) })).sort((a, b) => a.t - b.t || a.i - b.i);
  const redirects = new MemoryStoryRedirects();
  let latest = 0;
  let scoredNow: readonly ScoredStory[] = [];
  const deduper = createDeduper(new MemoryDedupIndex(), {
    redirects,
    model: loadStoryModel(),
    youngStories: youngStoriesFromEnv(),
    storyWindowMs: reach,
    storyMemoryMs: memoryFromEnv(),
    gapPrior,
    now: () => latest,
    onScored: (_d, s) => (scoredNow = s),
  });
  const seen: Seen = { story: new Map(), time: c.docs.map(timeOf) };
  // Per later article: what it saw of each earlier story (final id -> z and gap odds), and what it did.
  const at = new Map<
    number,
    {
      scored: Map<string, { z: number; odds: number; full: number; gapDays: number }>;
      joined: string | null;
      match: string;
      before: Map<number, string>;
    }
  >();
  for (const { i, t } of order) {
    latest = Math.max(latest, t);
    scoredNow = [];
    const before = new Map<number, string>();
    for (const [j, s] of seen.story) before.set(j, redirects.final(s));
    const r = await deduper.assign(c.docs[i]!);
    const scored = new Map<string, { z: number; odds: number; full: number; gapDays: number }>();
    for (const s of scoredNow) {
      const gap = s.evidence.gapHours * 3_600_000;
      const odds = gapLogOdds(gap, gapPrior, gapEvidence(gapPrior, s.evidence));
      const full = gapLogOdds(gap, { ...gapPrior, outweighedAt: 0 });
      scored.set(redirects.final(s.story.id), { z: s.z, odds, full, gapDays: gap / DAY });
    }
    const joined = r.newStory ? null : redirects.final(r.storyId);
    at.set(i, { scored, joined, match: String(r.features.match), before });
    seen.story.set(i, r.storyId);
  }
  const final = c.docs.map((_, i) => redirects.final(seen.story.get(i)!));
  const tf = tfidfClusters(c.docs, 0.25);
  const near = tfidfNearest(c.docs, Infinity);
  const pos = new Map(order.map((o, p) => [o.i, p]));
  for (let p = 0; p < order.length; p++)
    for (let q = p + 1; q < order.length; q++) {
      const a = order[p]!.i;
      const b = order[q]!.i;
      if (c.gold[a] !== c.gold[b]) continue;
      out.pairs++;
      const tfGets = tf[a] === tf[b];
      if (final[a] === final[b]) {
        const step = at.get(b)!;
        if (step.joined === null || step.before.get(a) !== step.joined) out.mergeRight++;
        continue;
      }
      out.missed++;
      const step = at.get(b)!;
      const storyA = step.before.get(a)!;
      const members = [...step.before].filter(([, s]) => s === storyA).map(([j]) => j);
      let cause: Cause;
      if (step.joined !== null) {
        const own = [...step.before].some(([j, s]) => s === step.joined && c.gold[j] === c.gold[b]);
        cause = own ? 'split before' : 'other story';
      } else {
        const s = step.scored.get(storyA);
        const last = Math.max(...members.map((j) => seen.time[j]!));
        if (!s) cause = seen.time[b]! - last > reach ? 'beyond reach' : 'not retrieved';
        else if (s.z >= 0) cause = 'one waiting';
        else if (s.z - s.odds >= 0) {
          cause = 'gap prior';
          out.gapDays.push((seen.time[b]! - last) / DAY);
        } else {
          cause = seen.time[b]! - last <= 3 * DAY ? 'below bar, gap <= 3d' : 'below bar, gap > 3d';
          if (members.length === 1) out.belowLone++;
          else out.belowGroup++;
          if (cause === 'below bar, gap > 3d') out.belowZ.push(s.z - s.odds);
        }
      }
      bump(out.causes, cause);
      if (tfGets) bump(out.tfidfGets, cause);
      const nb = near.near[pos.get(b)!]!;
      if (nb >= 0 && near.cos[pos.get(b)!]! >= 0.25 && members.includes(near.order[nb]!)) out.nearestLink++;
    }
  for (let a = 0; a < c.docs.length; a++)
    for (let b = a + 1; b < c.docs.length; b++)
      if (c.gold[a] === c.gold[b] && final[a] === final[b] && tf[a] !== tf[b]) out.tfidfMissedWeGet++;
  for (let p = 0; p < order.length; p++)
    for (let q = p + 1; q < order.length; q++) {
      const a = order[p]!.i;
      const b = order[q]!.i;
      if (c.gold[a] === c.gold[b] || final[a] !== final[b]) continue;
      out.wrongPairs++;
      bump(out.wrong, wrongCause(c, at.get(b)!, a, b));
    }
}

/** Why b and a (another gold story's article, before b) ended in one story (see WrongCause). */
function wrongCause(
  c: Corpus,
  step: {
    scored: Map<string, { z: number; odds: number; full: number; gapDays: number }>;
    joined: string | null;
    match: string;
    before: Map<number, string>;
  },
  a: number,
  b: number,
): WrongCause {
  if (step.joined === null || step.before.get(a) !== step.joined) return 'merge later';
  const s = step.scored.get(step.joined);
  const time: WrongTime = !s
    ? 'gap > 3d'
    : s.gapDays <= 3
      ? 'gap <= 3d'
      : s.z - s.odds + s.full < 0
        ? 'gap > 3d, outweighed'
        : 'gap > 3d';
  if (step.match === 'memory') return `memory: ${time}`;
  const own = [...step.before].filter(([j]) => c.gold[j] === c.gold[b]).map(([, id]) => id);
  if (!own.length) return `first of its story: ${time}`;
  return own.some((id) => step.scored.has(id)) ? `own story scored: ${time}` : `own story not scored: ${time}`;
}

const pct = (x: number, n: number) => `${x} (${((100 * x) / (n || 1)).toFixed(0)}%)`;
const quart = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (f: number) => (s.length ? s[Math.floor(f * (s.length - 1))]!.toFixed(2) : '-');
  return `${q(0.25)} / ${q(0.5)} / ${q(0.75)}`;
};

const seeds = Number(process.argv[2] ?? 3);
const words = Number(process.env.TRACE_WORDS ?? 0);
for (const c0 of devCorpora()) {
  const c = shortTexts(c0, words);
  for (const cut of ['whole', 'small'] as const) {
    const t = emptyTrace();
    for (let s = 1; s <= seeds; s++) await trace(retimed(cut === 'small' ? smallStories(c, s) : c, s), t);
    console.log(
      `${c.name} ${cut}, re-timed, ${seeds} seeds: ${t.pairs} same-story pairs, missed ${pct(t.missed, t.pairs)}`,
    );
    for (const k of CAUSES) {
      const n = t.causes.get(k) ?? 0;
      if (n)
        console.log(`  ${k.padEnd(22)} ${pct(n, t.missed).padEnd(12)} TF-IDF 7d 0.25 gets ${t.tfidfGets.get(k) ?? 0}`);
    }
    console.log(
      `  below bar: a's story of one ${t.belowLone}, larger ${t.belowGroup}; gap > 3d, z without prior (quartiles) ${quart(t.belowZ)}`,
    );
    console.log(`  gap prior: gap days (quartiles) ${quart(t.gapDays)}`);
    console.log(
      `  missed pairs whose later article's nearest earlier article (TF-IDF, cos >= 0.25, any gap) is in a's story: ${t.nearestLink}`,
    );
    console.log(`  pairs we get that TF-IDF 7d 0.25 misses: ${t.tfidfMissedWeGet}`);
    console.log(`  same-story pairs a later merge united: ${t.mergeRight}`);
    console.log(`  wrong pairs ${t.wrongPairs}, by b's decision:`);
    for (const [k, n] of [...t.wrong].sort((x, y) => y[1] - x[1]))
      console.log(`    ${k.padEnd(40)} ${pct(n, t.wrongPairs)}`);
  }
}
