// The demo's stream in many arrival orders (200 seeded shuffles and the reversed order), through the same pure
// core (createDeduper with late merges) that the pipeline runs on Redis, here on the memory index. Each article
// is what the pipeline reads of it: its page at the phase it first appears, through the real extractor, at its
// own publication time whatever its place in the stream.
import { describe, expect, it } from 'vitest';
import { articles } from '../../seeds/corpus/index.js';
import { demoDoc } from '../../seeds/demo-docs.js';
import { demoScenario } from '../../seeds/scenario.js';
import { createDeduper, type DedupDoc } from '../../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { MemoryStoryRedirects } from '../../src/dedup/story-merge.js';
import { YOUNG_STORIES_OFF, YOUNG_STORY_BARS, type YoungStoryBars } from '../../src/dedup/young-stories.js';
import { shuffled } from '../../simulation/prng.js';

/** A partition as sorted lists of sorted ids: equal partitions compare equal whatever the story ids. */
function partition(storyOf: Map<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [id, s] of storyOf) groups.set(s, [...(groups.get(s) ?? []), id]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** `youngStories`: the stories-of-one rule's bars (src/dedup/young-stories.ts); the default when not given. */
async function storiesInOrder(docs: readonly DedupDoc[], youngStories?: YoungStoryBars): Promise<string[][]> {
  const redirects = new MemoryStoryRedirects();
  const now = () => Date.parse('2030-01-01');
  const deduper = createDeduper(new MemoryDedupIndex(), { redirects, now, youngStories });
  const storyOf = new Map<string, string>();
  for (const d of docs) storyOf.set(d.id, (await deduper.assign(d)).storyId);
  for (const [id, s] of storyOf) storyOf.set(id, redirects.final(s));
  return partition(storyOf);
}

const docs = articles.map(demoDoc);
const expected = partition(new Map(demoScenario.articles.map((a) => [a.id, a.story])));

/**
 * Seeded shuffles tried: every one of the first 200 gives the scenario's stories (so does every one of the first
 * 400, a test too slow to keep). Of the first 1,000, four do not (seeds 435, 609, 641 and 960: the ministers'
 * answer stays a story of its own); `node dist/bench/demo-orders.js` scans them, docs/benchmarks.md "Every
 * arrival order of the demo".
 */
const SHUFFLES = 200;
const byTime = [...docs].sort((a, b) => Date.parse(a.published!) - Date.parse(b.published!));
const orders = [byTime, [...byTime].reverse(), ...Array.from({ length: SHUFFLES }, (_, s) => shuffled(docs, s + 1))];
const label = (order: readonly DedupDoc[]) => order.map((d) => d.id).join(' ');
/** The scenario's stories of more than one article, and its stories of one. */
const joined = expected.filter((g) => g.length > 1);
const alone = expected.filter((g) => g.length === 1).map((g) => g[0]!);

describe('arrival order', () => {
  it('the demo has stories of several articles and stories of one (the test can tell orders apart)', () => {
    expect(joined.some((g) => g.length >= 3)).toBe(true);
    expect(alone.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the demo scenario stories in publication order', async () => {
    expect(await storiesInOrder(byTime)).toEqual(expected);
  });

  // "Zelensky floats Nato cover for Kyiv-held territory" (mp-ceasefire-idea) and "Allies sidestep Ukraine's
  // invitation plea" (eo-ministers-sidestep) each meet one report of Kyiv's letter near the bar (0.44-0.62), and
  // the ceasefire idea meets two or three reports of it at 0.50-0.53, so no bar on one pair tells them apart. The
  // stories-of-one rule (src/dedup/young-stories.ts) lets such a pair wait, for a story of one and for a story of
  // up to three, and decides by what the story holds once it has grown.
  it('gives the demo scenario stories in the reversed order and in 200 seeded shuffles', async () => {
    for (const order of orders) expect(await storiesInOrder(order), label(order)).toEqual(expected);
  });

  /** The first order tried that does not give the scenario's stories with these bars, or null. */
  async function firstWrong(bars: YoungStoryBars): Promise<string | null> {
    for (const order of orders)
      if (JSON.stringify(await storiesInOrder(order, bars)) !== JSON.stringify(expected)) return label(order);
    return null;
  }

  it('needs the stories-of-one rule for that: without it some order mixes or splits a story', async () => {
    expect(await firstWrong(YOUNG_STORIES_OFF)).not.toBeNull();
  });

  it('needs the wait of stories of a few articles: without it the ceasefire idea joins the letter in some order', async () => {
    // Seed 87 first: the ceasefire idea comes fifth and joins three reports of the letter at 0.52.
    expect(await firstWrong({ ...YOUNG_STORY_BARS, fewSize: 1, fewJoin: 0.5 })).not.toBeNull();
  });
});
