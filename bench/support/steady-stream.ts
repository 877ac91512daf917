// A long synthetic news stream at a steady rate, shaped like real news for the dedup index's keys: about one
// story per two articles, stories of 1-6 articles, later articles of a story hours to weeks after its first,
// and a share of wire copies. The texts come from simulation/article-text.ts (each story its own people, place
// and organisation; its articles share them, not their sentences): what matters here is how many stories,
// postings and slots the index holds, not how well the stories cluster.
import { articleText, eventEntities } from '../../simulation/article-text.js';
import { createRng, subSeed } from '../../simulation/prng.js';

const DAY = 86_400_000;

export interface SteadyArticle {
  id: string;
  title: string;
  text: string;
  published: string;
  time: number;
}

export interface SteadyStreamOptions {
  seed: number;
  /** Articles a day, on average. */
  rate: number;
  days: number;
  /** Share of the articles that are wire copies of an article of the last hours. */
  copyShare?: number;
}

/** Articles per story: half the stories have one article, a few have six (mean 2.1). */
const SIZES: readonly [size: number, weight: number][] = [
  [1, 0.5],
  [2, 0.2],
  [3, 0.12],
  [4, 0.08],
  [5, 0.06],
  [6, 0.04],
];
const MEAN_SIZE = SIZES.reduce((s, [n, w]) => s + n * w, 0);
/** How far back stories start before the stream, so that the rate is steady from its first day. */
const LEAD_DAYS = 45;

function storySize(u: number): number {
  for (const [n, w] of SIZES) {
    if (u < w) return n;
    u -= w;
  }
  return SIZES[SIZES.length - 1]![0];
}

/**
 * A later article's delay after the story's first: half within the opening two days, the rest log-uniform from
 * 2.5 to 40 days (a hearing, an arrest, a trial).
 */
function laterDelay(u: number, v: number): number {
  if (u < 0.5) return v * 2 * DAY;
  return Math.exp(Math.log(2.5) + v * (Math.log(40) - Math.log(2.5))) * DAY;
}

/** The stream in time order, from `start` (ms) over `days` days. */
export function steadyStream(start: number, opts: SteadyStreamOptions): SteadyArticle[] {
  const rng = createRng(subSeed(opts.seed, 'steady'));
  const copyShare = opts.copyShare ?? 0.1;
  const originals = opts.rate * (1 - copyShare);
  const stories = Math.round(((opts.days + LEAD_DAYS) * originals) / MEAN_SIZE);
  const end = start + opts.days * DAY;
  const out: SteadyArticle[] = [];
  for (let s = 0; s < stories; s++) {
    const first = start - LEAD_DAYS * DAY + rng.next() * (opts.days + LEAD_DAYS) * DAY;
    const size = storySize(rng.next());
    const entities = eventEntities(opts.seed, s, 0);
    for (let k = 0; k < size; k++) {
      const time = first + (k === 0 ? 0 : laterDelay(rng.next(), rng.next()));
      if (time < start || time >= end) continue;
      const t = articleText(subSeed(opts.seed, 'steady-article', s, k), entities, { paragraphs: [3, 7] });
      const minute = Math.floor(time / 60_000) * 60_000;
      out.push({
        id: `st${s}-${k}`,
        title: t.title,
        text: t.paragraphs.join('\n\n'),
        published: new Date(minute).toISOString(),
        time: minute,
      });
    }
  }
  out.sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
  // Wire copies: the same text a few hours later under another outlet's id (found by fingerprint).
  const copies: SteadyArticle[] = [];
  const wanted = Math.round((out.length * copyShare) / (1 - copyShare));
  for (let i = 0; i < wanted && out.length; i++) {
    const a = out[Math.floor(rng.next() * out.length)]!;
    const time = Math.floor((a.time + rng.next() * 6 * 3_600_000) / 60_000) * 60_000;
    if (time >= end) continue;
    copies.push({ ...a, id: `${a.id}-copy${i}`, published: new Date(time).toISOString(), time });
  }
  return [...out, ...copies].sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
}
