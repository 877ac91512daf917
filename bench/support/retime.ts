// Real texts on a synthetic calendar, for the story reach over time (issue 16: on real local news only 59% of the
// pairs of articles on one incident were published within 3 days of each other, 67% within 7, 78% within 30).
// Our development corpora cannot show it: ECB+ is undated, BASIL's events span 0-4 days. Here every gold story
// (incident) starts at a random moment of SPAN_DAYS, independently of the others (ECB+'s two incidents of one
// kind too, so they sometimes overlap in time), and its articles come in episodes: the first report and the
// opening burst, then later developments (a name released, an arrest, charges, a hearing, a trial), each told
// by one or more of the story's articles within a day. The texts and the gold answer are unchanged.
import { parseDuration } from '../../src/config/units.js';
import { NO_GAP_PRIOR, STORY_GAP_PRIOR, type GapPrior } from '../../src/dedup/story-time.js';
import { createRng, type Rng } from '../../simulation/prng.js';
import { tfidfClusters } from './tfidf.js';
import { pairwise, type PRF } from './cluster-metrics.js';
import type { Corpus } from './corpora.js';
import { smallStories } from './small-stories.js';

const DAY = 86_400_000;
/**
 * Stories start within this many days of the calendar's first day (`RETIME_SPAN_DAYS`, default 180; 7 or 30 crowd
 * the calendar, so that incidents of one kind meet within the reach as on local news).
 */
export const SPAN_DAYS = Number(process.env.RETIME_SPAN_DAYS || 180);
if (!(SPAN_DAYS > 0)) throw new Error(`RETIME_SPAN_DAYS: ${process.env.RETIME_SPAN_DAYS}?`);
/** The calendar's first day (any fixed day: only gaps matter). */
const EPOCH = Date.parse('2021-01-01T00:00:00Z');
/** Chance that a later article belongs to the opening burst (within two days of the start). */
const BURST = 0.64;
/** Chance that a later article tells a development already reported (joins an earlier later episode). */
const SAME_EPISODE = 0.5;
/** Later developments: log-uniform between these many days after the start. */
const LATER = [2.5, 150] as const;

/** A later development's offset from the start, in days: log-uniform over LATER. */
function laterOffset(rng: Rng): number {
  const [lo, hi] = LATER;
  return lo * Math.exp(rng.next() * Math.log(hi / lo));
}

/** Offsets in days from the story's start for `n` articles (the first at 0), in episodes. */
export function storyOffsets(n: number, rng: Rng): number[] {
  const out = [0];
  const episodes: number[] = [];
  for (let k = 1; k < n; k++) {
    let day: number;
    if (rng.chance(BURST)) day = rng.next() * 2;
    else if (episodes.length && rng.chance(SAME_EPISODE)) day = rng.pick(episodes) + rng.next();
    else {
      day = laterOffset(rng);
      episodes.push(day);
    }
    out.push(day);
  }
  return out;
}

/**
 * The corpus with synthetic publication times (seeded): each story's start uniform over SPAN_DAYS, its articles
 * at storyOffsets from it, in a random assignment of the story's articles to the offsets, plus a random hour.
 * `spanDays` (default RETIME_SPAN_DAYS) is the spread of the stories' starts.
 */
export function retimed(c: Corpus, seed: number, spanDays = SPAN_DAYS): Corpus {
  const rng = createRng(seed);
  const byStory = new Map<string, number[]>();
  c.gold.forEach((g, i) => byStory.set(g, [...(byStory.get(g) ?? []), i]));
  const times = new Array<number>(c.docs.length).fill(0);
  for (const members of byStory.values()) {
    const start = EPOCH + rng.next() * spanDays * DAY;
    const offsets = storyOffsets(members.length, rng);
    const pool = [...members];
    for (const off of offsets) {
      const i = pool.splice(rng.int(0, pool.length - 1), 1)[0]!;
      times[i] = Math.round(start + off * DAY);
    }
  }
  return {
    ...c,
    name: `${c.name}/retimed-${seed}`,
    docs: c.docs.map((d, i) => ({ ...d, published: new Date(times[i]!).toISOString() })),
  };
}

/** Share of same-story article pairs published within each of `days` of each other (to check the shape). */
export function pairGapShares(c: Corpus, days: readonly number[]): number[] {
  const byStory = new Map<string, number[]>();
  c.gold.forEach((g, i) => byStory.set(g, [...(byStory.get(g) ?? []), Date.parse(c.docs[i]!.published ?? '')]));
  const within = days.map(() => 0);
  let pairs = 0;
  for (const ts of byStory.values())
    for (let a = 0; a < ts.length; a++)
      for (let b = a + 1; b < ts.length; b++) {
        const gap = Math.abs(ts[a]! - ts[b]!) / DAY;
        pairs++;
        days.forEach((d, k) => {
          if (gap <= d) within[k]!++;
        });
      }
  return within.map((w) => (pairs ? w / pairs : 0));
}

const f3 = (x: number) => x.toFixed(3);
const meanPrf = (xs: readonly PRF[]) => {
  const m = (k: keyof PRF) => xs.reduce((a, x) => a + x[k], 0) / (xs.length || 1);
  return { P: m('P'), R: m('R'), F1: m('F1') };
};

/**
 * STORY_GAP for the story benches: "grace,slope[,outweighedAt[,all|own]]" (story-time.ts's GapPrior), "off"
 * (none), "own" (the default prior, outweighed by the evidence no other candidate holds); unset: the default.
 */
export function gapPriorFromEnv(v = process.env.STORY_GAP): GapPrior | undefined {
  if (!v) return undefined;
  if (v === 'off') return NO_GAP_PRIOR;
  if (v === 'own') return { ...STORY_GAP_PRIOR, outweighedBy: 'own' };
  const parts = v.split(',');
  const by = parts[3] ?? 'all';
  const [graceDays, slope, outweighedAt = 0] = parts.slice(0, 3).map(Number);
  if (!Number.isFinite(graceDays) || !Number.isFinite(slope) || !Number.isFinite(outweighedAt))
    throw new Error(`STORY_GAP: ${v}?`);
  if (by !== 'own' && by !== 'all') throw new Error(`STORY_GAP: ${v}? (own or all)`);
  return { graceDays: graceDays!, slope: slope!, outweighedAt, outweighedBy: by };
}

/** STORY_MEMORY for the story benches: a duration (`dedup.storyMemory`), "0" or "off" for none; unset: the default. */
export function memoryFromEnv(v = process.env.STORY_MEMORY): number | undefined {
  if (!v) return undefined;
  if (v === 'off' || v === '0') return 0;
  const ms = parseDuration(v);
  if (ms === null) throw new Error(`STORY_MEMORY: "${v}" is not a duration`);
  return ms;
}

/** Story reaches to compare (`STORY_REACH=3d,14d`; default 3d, 7d, 14d and 30d). */
export function reachesFromEnv(): { name: string; ms: number }[] {
  const list = (process.env.STORY_REACH ?? '3d,7d,14d,30d').split(',').filter(Boolean);
  return list.map((name) => {
    const ms = parseDuration(name);
    if (ms === null || ms <= 0) throw new Error(`STORY_REACH: "${name}" is not a duration`);
    return { name, ms };
  });
}

/**
 * `story-eval.js retimed [N]`: each corpus, whole and cut to small stories, re-timed in N seeds; deltafeed at each
 * story reach next to plain TF-IDF (7 days, 0.25 and 0.30): mean pairwise P/R/F1 over the seeds, and each seed's F1.
 */
export async function retimedReport(
  corpora: readonly Corpus[],
  seeds: number,
  score: (c: Corpus, windowMs: number) => Promise<PRF>,
): Promise<void> {
  const reaches = reachesFromEnv();
  for (const c of corpora)
    for (const cut of ['whole', 'small'] as const) {
      const rows = new Map<string, PRF[]>();
      const add = (k: string, x: PRF) => rows.set(k, [...(rows.get(k) ?? []), x]);
      const shares: number[][] = [];
      for (let s = 1; s <= seeds; s++) {
        const t = retimed(cut === 'small' ? smallStories(c, s) : c, s);
        shares.push(pairGapShares(t, [3, 7, 30]));
        for (const r of reaches) add(`deltafeed ${r.name}`, await score(t, r.ms));
        add('tfidf 7d 0.25', pairwise(t.gold, tfidfClusters(t.docs, 0.25)));
        add('tfidf 7d 0.30', pairwise(t.gold, tfidfClusters(t.docs, 0.3)));
      }
      const sh = [0, 1, 2].map((k) => f3(shares.reduce((a, x) => a + x[k]!, 0) / shares.length));
      console.log(`${c.name} ${cut}, re-timed, ${seeds} seeds (pairs within 3/7/30 days: ${sh.join(' / ')})`);
      for (const [name, xs] of rows) {
        const m = meanPrf(xs);
        console.log(
          `  ${name.padEnd(16)} F1 ${f3(m.F1)} (P ${f3(m.P)} R ${f3(m.R)}) [${xs.map((x) => f3(x.F1)).join(' ')}]`,
        );
      }
    }
}
