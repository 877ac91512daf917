// Real corpora cut down to small stories, as a stand-in for local news (the held-out local corpus averages about
// two articles per incident, where ECB+ stories hold 11 and BASIL's 3). Each gold story keeps a random subset of
// its articles, of a size drawn from SIZES (mean about 2), in file order: the texts stay real, only the story
// sizes change. A rule that needs a third article to act (stories of one waiting for a third) shows its cost here.
import { createRng } from '../../simulation/prng.js';
import type { Corpus } from './corpora.js';

/** Story sizes to draw from, uniformly: 1 (a story of one) 35%, 2 40%, 3 15%, 4 10%, so about 2 on average. */
const SIZES = [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4] as const;

export function smallStories(c: Corpus, seed: number): Corpus {
  const rng = createRng(seed);
  const byStory = new Map<string, number[]>();
  c.gold.forEach((g, i) => byStory.set(g, [...(byStory.get(g) ?? []), i]));
  const keep: number[] = [];
  for (const members of byStory.values()) {
    const want = Math.min(rng.pick(SIZES), members.length);
    const pool = [...members];
    for (let k = 0; k < want; k++) keep.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  }
  keep.sort((a, b) => a - b);
  return {
    ...c,
    name: `${c.name}/small-${seed}`,
    docs: keep.map((i) => c.docs[i]!),
    gold: keep.map((i) => c.gold[i]!),
  };
}
